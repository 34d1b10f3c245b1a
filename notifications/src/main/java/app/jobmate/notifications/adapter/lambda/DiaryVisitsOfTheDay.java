package app.jobmate.notifications.adapter.lambda;

import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.diary.visits.DayVisit;
import app.jobmate.notifications.diary.visits.DayVisits;
import app.jobmate.notifications.diary.visits.TodaysVisits;
import app.jobmate.notifications.diary.visits.VisitKey;
import app.jobmate.notifications.tasks.reminders.ReminderVisit;
import app.jobmate.notifications.tasks.reminders.VisitsOfTheDay;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The diary's visits plugged into the morning reminder (the contexts know nothing of each other; the
 * composition root joins them): a page of the day-visits index as the people on it, and a person's
 * visits as the store has them ({@link TodaysVisits}). A page's position is the last visit's place,
 * {@code <tenantId>#<memberId>#<appointmentId>} (a tenant id and an appointment id hold no '#').
 */
public final class DiaryVisitsOfTheDay implements VisitsOfTheDay {

  private final TodaysVisits visits;

  public DiaryVisitsOfTheDay(TodaysVisits visits) {
    this.visits = visits;
  }

  @Override
  public Page members(LocalDate day, Optional<String> after, int limit) {
    DayVisits.Page page = visits.onDay(day, after.map(position -> keyOf(day, position)), limit);
    Set<Member> members = new LinkedHashSet<>();
    for (DayVisit visit : page.visits()) {
      members.add(new Member(visit.tenant(), visit.member()));
    }
    return new Page(List.copyOf(members), page.next().map(DiaryVisitsOfTheDay::positionOf));
  }

  @Override
  public List<ReminderVisit> of(LocalDate day, TenantId tenant, UserId member) {
    return visits.of(day, tenant, member).stream()
        .map(v -> new ReminderVisit(v.appointment().toString(), v.kind().wireName(), v.title(), v.start(), v.end(),
            v.startsAt(), v.endsAt(), v.jobId()))
        .toList();
  }

  static String positionOf(VisitKey key) {
    return key.tenant().value() + "#" + key.member().value() + "#" + key.appointment();
  }

  static VisitKey keyOf(LocalDate day, String position) {
    int first = position.indexOf('#');
    int last = position.lastIndexOf('#');
    if (first < 1 || last <= first + 1 || last == position.length() - 1) {
      throw new IllegalArgumentException("not a position in the day's visits: " + position);
    }
    return new VisitKey(day, TenantId.of(position.substring(0, first)), UserId.of(position.substring(first + 1, last)),
        AppointmentId.of(position.substring(last + 1)));
  }
}
