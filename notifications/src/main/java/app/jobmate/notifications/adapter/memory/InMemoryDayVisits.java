package app.jobmate.notifications.adapter.memory;

import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.diary.visits.DayVisit;
import app.jobmate.notifications.diary.visits.DayVisits;
import app.jobmate.notifications.diary.visits.VisitKey;
import app.jobmate.notifications.diary.visits.VisitPlacement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The day-visits index in memory, for tests: per place, the placement of the highest version. */
public final class InMemoryDayVisits implements DayVisits {

  /** {@code visit} absent: taken off this place by {@code version}. */
  private record Entry(long version, DayVisit visit) {
  }

  private final NavigableMap<VisitKey, Entry> places = new TreeMap<>(
      java.util.Comparator.comparing(VisitKey::day).thenComparing(VisitKey.ORDER));

  @Override
  public synchronized void place(VisitPlacement placement) {
    for (DayVisit visit : placement.listed()) {
      write(visit.key(), new Entry(placement.version(), visit));
    }
    for (VisitKey key : placement.unlisted()) {
      write(key, new Entry(placement.version(), null));
    }
  }

  private void write(VisitKey key, Entry entry) {
    Entry held = places.get(key);
    if (held == null || held.version() < entry.version()) {
      places.put(key, entry);
    }
  }

  @Override
  public synchronized Page onDay(LocalDate day, Optional<VisitKey> after, int limit) {
    List<DayVisit> visits = new ArrayList<>();
    for (Map.Entry<VisitKey, Entry> entry : places.entrySet()) {
      VisitKey key = entry.getKey();
      if (!key.day().equals(day) || after.filter(a -> VisitKey.ORDER.compare(key, a) <= 0).isPresent()) {
        continue;
      }
      if (visits.size() == limit) {
        return new Page(visits, Optional.of(visits.getLast().key()));
      }
      if (entry.getValue().visit() != null) {
        visits.add(entry.getValue().visit());
      }
    }
    return new Page(visits, Optional.empty());
  }

  @Override
  public synchronized List<DayVisit> ofMember(LocalDate day, TenantId tenant, UserId member) {
    return places.values().stream().map(Entry::visit)
        .filter(v -> v != null && v.day().equals(day) && v.tenant().equals(tenant) && v.member().equals(member))
        .sorted(DayVisit.IN_START_ORDER)
        .toList();
  }
}
