package app.jobmate.notifications.adapter.memory;

import app.jobmate.events.StreamId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.tasks.due.DuePlacement;
import app.jobmate.notifications.tasks.due.DueTask;
import app.jobmate.notifications.tasks.due.DueTasks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The due-date index in memory, for tests and the benchmark harness: per date and task, the placement of the highest version. */
public final class InMemoryDueTasks implements DueTasks {

  private static final Comparator<StreamId> ORDER = Comparator.<StreamId, String>comparing(t -> t.tenantId().value())
      .thenComparing(StreamId::streamId);

  /** {@code assignee} absent: taken off this date by {@code version}. */
  private record Entry(long version, UserId assignee) {
  }

  private final Map<LocalDate, NavigableMap<StreamId, Entry>> days = new HashMap<>();

  @Override
  public synchronized void place(DuePlacement placement) {
    placement.listed().ifPresent(due -> write(due.dueDate(), placement.task(), new Entry(placement.version(),
        due.assignee())));
    for (LocalDate date : placement.unlisted()) {
      write(date, placement.task(), new Entry(placement.version(), null));
    }
  }

  private void write(LocalDate date, StreamId task, Entry entry) {
    NavigableMap<StreamId, Entry> day = days.computeIfAbsent(date, d -> new TreeMap<>(ORDER));
    Entry held = day.get(task);
    if (held == null || held.version() < entry.version()) {
      day.put(task, entry);
    }
  }

  @Override
  public synchronized List<DueTask> ofAssignee(LocalDate day, TenantId tenant, UserId assignee) {
    List<DueTask> tasks = new ArrayList<>();
    days.getOrDefault(day, new TreeMap<>(ORDER)).forEach((task, entry) -> {
      if (task.tenantId().equals(tenant) && assignee.equals(entry.assignee())) {
        tasks.add(new DueTask(task, day, assignee, entry.version()));
      }
    });
    return tasks;
  }

  @Override
  public synchronized Page dueOn(LocalDate day, Optional<StreamId> after, int limit) {
    NavigableMap<StreamId, Entry> entries = days.getOrDefault(day, new TreeMap<>(ORDER));
    NavigableMap<StreamId, Entry> rest = after.map(a -> entries.tailMap(a, false)).orElse(entries);
    List<DueTask> tasks = new ArrayList<>();
    for (Map.Entry<StreamId, Entry> entry : rest.entrySet()) {
      if (tasks.size() == limit) {
        return new Page(tasks, Optional.of(tasks.getLast().task()));
      }
      if (entry.getValue().assignee() != null) {
        tasks.add(new DueTask(entry.getKey(), day, entry.getValue().assignee(), entry.getValue().version()));
      }
    }
    return new Page(tasks, Optional.empty());
  }
}
