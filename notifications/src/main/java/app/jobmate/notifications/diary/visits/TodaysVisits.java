package app.jobmate.notifications.diary.visits;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import app.jobmate.events.diary.DiaryEvent;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.push.Delivered;
import app.jobmate.notifications.push.EventHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's visits of a day for the morning reminder: those the day-visits index lists, each checked
 * against its appointment's stream as the store now holds it (the index may be a moment behind: a
 * visit moved, reassigned or cancelled since is left out, and what is shown is the stream's), in start
 * order.
 */
public final class TodaysVisits {

  private final DayVisits index;
  private final EventHistory history;
  private final EventCodec codec;

  public TodaysVisits(DayVisits index, EventHistory history, EventCodec codec) {
    this.index = index;
    this.history = history;
    this.codec = codec;
  }

  /** The index's page of the day's visits. */
  public DayVisits.Page onDay(LocalDate day, java.util.Optional<VisitKey> after, int limit) {
    return index.onDay(day, after, limit);
  }

  /** {@code member}'s visits on {@code day} in {@code tenant}, as the store has them, in start order. */
  public List<DayVisit> of(LocalDate day, TenantId tenant, UserId member) {
    List<DayVisit> visits = new ArrayList<>();
    for (DayVisit listed : index.ofMember(day, tenant, member)) {
      if (!listed.tenant().equals(tenant) || !listed.member().equals(member)) {
        continue; // never another's, whatever an index answers
      }
      AppointmentVisits now = fold(AppointmentStreams.of(tenant, listed.appointment()));
      now.placement().listed().stream()
          .filter(v -> v.member().equals(member) && v.day().equals(day))
          .findFirst()
          .ifPresent(visits::add);
    }
    return visits.stream().sorted(DayVisit.IN_START_ORDER).toList();
  }

  private AppointmentVisits fold(StreamId stream) {
    AppointmentVisits visits = AppointmentVisits.empty(stream);
    for (EventEnvelope stored : history.read(stream, 1)) {
      Delivered delivered = Delivered.read(stored, codec);
      visits = visits.apply(delivered.envelope().version(), DiaryEvent.class.cast(delivered.event()));
    }
    return visits;
  }
}
