package app.jobmate.notifications.diary;

import app.jobmate.events.values.UserId;
import app.jobmate.notifications.messages.ClientMessage;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * An appointment of the person who receives it: booked for them ({@code appointment.booked}) or
 * cancelled ({@code appointment.cancelled}), with its kind, title and times (London wall clock and
 * instants). No price, ever.
 *
 * @param at when the latest event the message reflects happened
 * @param by who caused it; a client stays quiet about its own user's actions
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "appointmentId", "kind", "title", "start", "end", "startsAt", "endsAt", "version", "at",
    "by"})
public record DiaryMessage(Kind what, String appointmentId, String kind, String title, String start, String end,
                           Instant startsAt, Instant endsAt, long version, Instant at, UserId by)
    implements ClientMessage {

  /** What happened, last, to the appointment as this person sees it. */
  public enum Kind {
    BOOKED("appointment.booked"),
    CANCELLED("appointment.cancelled");

    private final String wireName;

    Kind(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }
  }

  public DiaryMessage {
    if (what == null || appointmentId == null || at == null) {
      throw new IllegalArgumentException("type, appointmentId and at are required");
    }
  }

  static DiaryMessage of(Kind kind, DiarySummary appointment, Instant at, UserId by) {
    var b = appointment.booking();
    return new DiaryMessage(kind, appointment.appointmentId(), b.kind().wireName(), b.title(), b.start().toString(),
        b.end().toString(), b.startsAt(), b.endsAt(), appointment.version(), at, by);
  }

  @JsonIgnore
  public Kind what() {
    return what;
  }

  @JsonProperty("type")
  @Override
  public String type() {
    return what.wireName();
  }

  @JsonIgnore
  @Override
  public boolean showsPrices() {
    return false;
  }
}
