package app.jobmate.notifications.diary;

import app.jobmate.events.diary.Booking;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.messages.ClientMessage;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * An appointment of the person who receives it: booked for them ({@code appointment.booked}), moved
 * or reassigned and still theirs ({@code appointment.moved}, its new times), no longer theirs after a
 * reassignment ({@code appointment.unassigned}, the times they had) or cancelled
 * ({@code appointment.cancelled}), with its kind, title and times (London wall clock and instants).
 * No price, ever.
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
    MOVED("appointment.moved"),
    UNASSIGNED("appointment.unassigned"),
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
    return of(kind, appointment, appointment.booking(), at, by);
  }

  /** The message with {@code b} as the booking shown (for a member taken off: the one they had). */
  static DiaryMessage of(Kind kind, DiarySummary appointment, Booking b, Instant at, UserId by) {
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
