package app.jobmate.projections.testing;

import app.jobmate.events.Actor;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.tasks.ChecklistItem;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.events.values.JobId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A seeded, repeatable workload of tasks: several tenants, each with an owner and three staff, and
 * many tasks living random but valid lives (created with or without an assignee, a due date and a
 * checklist; changed, assigned, reassigned and unassigned; items added, ticked, unticked and
 * removed; started, completed or cancelled, or left unfinished). Due dates lie around
 * {@link #TODAY}, so some tasks are overdue on it. {@link #commits()} is the order in which the
 * tasks' commits reach the event store.
 */
public final class TaskWorkload {

  /** The day the workload's due dates are spread around. */
  public static final LocalDate TODAY = LocalDate.parse("2026-11-26");
  private static final TaskPriority[] PRIORITIES = TaskPriority.values();

  private final List<List<EventEnvelope>> commits;

  private TaskWorkload(List<List<EventEnvelope>> commits) {
    this.commits = List.copyOf(commits);
  }

  public static TaskWorkload generate(long seed, int tenants, int tasksPerTenant) {
    Random random = new Random(seed);
    Instant start = TODAY.minusDays(40).atTime(8, 0).atZone(ZoneId.of("Europe/London")).toInstant();
    List<Life> lives = new ArrayList<>();
    for (int t = 0; t < tenants; t++) {
      String tenant = "t-" + (char) ('a' + t) + "-" + seed;
      List<String> staff = List.of("u-" + tenant + "-sam", "u-" + tenant + "-pat", "u-" + tenant + "-lee");
      List<JobId> jobs = List.of(JobId.of(uuid(random).toString()), JobId.of(uuid(random).toString()));
      for (int n = 0; n < tasksPerTenant; n++) {
        TaskStream stream = new TaskStream(tenant, TaskId.of(uuid(random).toString()),
            start.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 40))));
        lives.add(new Life(stream, staff, jobs, new Random(random.nextLong())));
      }
    }
    List<List<EventEnvelope>> commits = new ArrayList<>();
    List<Life> active = new ArrayList<>(lives);
    while (!active.isEmpty()) {
      Life life = active.get(random.nextInt(active.size()));
      List<EventEnvelope> commit = life.next();
      if (commit.isEmpty()) {
        active.remove(life);
      } else {
        commits.add(commit);
      }
    }
    return new TaskWorkload(commits);
  }

  public List<List<EventEnvelope>> commits() {
    return commits;
  }

  public List<EventEnvelope> events() {
    return commits.stream().flatMap(List::stream).toList();
  }

  public long tasks() {
    return events().stream().map(e -> e.tenantId() + "#" + e.streamId()).distinct().count();
  }

  private static UUID uuid(Random random) {
    long msb = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000007000L;
    long lsb = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }

  /** One task's life, a commit at a time. */
  private static final class Life {
    private final TaskStream stream;
    private final List<String> staff;
    private final List<JobId> jobs;
    private final Random random;
    private boolean created;
    private boolean started;
    private boolean finished;
    private int steps;

    Life(TaskStream stream, List<String> staff, List<JobId> jobs, Random random) {
      this.stream = stream;
      this.staff = staff;
      this.jobs = jobs;
      this.random = random;
    }

    List<EventEnvelope> next() {
      if (finished) {
        return List.of();
      }
      stream.after(Duration.ofMinutes(1 + random.nextInt(60 * 30)));
      if (!created) {
        created = true;
        steps = random.nextInt(9);
        List<ChecklistItem> items = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          items.add(stream.item("Step " + (items.size() + 1)));
        }
        List<EventEnvelope> commit = new ArrayList<>();
        commit.add(stream.by(TaskStream.OWNER).created("Task " + stream.taskId().toString().substring(0, 8),
            random.nextBoolean() ? "Details of the work" : null, random.nextInt(3) == 0 ? job() : null, due(),
            priority(), items));
        if (random.nextInt(10) < 7) {
          commit.add(stream.assigned(someStaff()));
        }
        return commit;
      }
      if (steps-- > 0) {
        return List.of(step());
      }
      finished = true;
      int roll = random.nextInt(100);
      if (roll < 35) {
        return List.of(stream.by(worker()).completed());
      }
      if (roll < 50) {
        return List.of(stream.by(TaskStream.OWNER).cancelled(random.nextBoolean() ? "no longer needed" : null));
      }
      return List.of();
    }

    private EventEnvelope step() {
      List<ChecklistItem> items = stream.checklist();
      switch (random.nextInt(8)) {
        case 0 -> {
          return stream.by(TaskStream.OWNER).changed("Task " + random.nextInt(1000), null,
              random.nextBoolean() ? job() : null, due(), priority());
        }
        case 1 -> {
          if (items.size() < 6) {
            return stream.by(TaskStream.OWNER).itemAdded(stream.item("Extra step " + random.nextInt(100)));
          }
        }
        case 2, 3 -> {
          List<ChecklistItem> open = items.stream().filter(i -> !i.done()).toList();
          if (!open.isEmpty()) {
            return stream.by(worker()).ticked(open.get(random.nextInt(open.size())).itemId());
          }
        }
        case 4 -> {
          List<ChecklistItem> ticked = items.stream().filter(ChecklistItem::done).toList();
          if (!ticked.isEmpty()) {
            return stream.by(worker()).unticked(ticked.get(random.nextInt(ticked.size())).itemId());
          }
        }
        case 5 -> {
          if (!items.isEmpty()) {
            return stream.by(TaskStream.OWNER).removed(items.get(random.nextInt(items.size())).itemId());
          }
        }
        case 6 -> {
          stream.by(TaskStream.OWNER);
          if (stream.assignee() == null) {
            return stream.assigned(someStaff());
          }
          if (random.nextInt(10) < 7) {
            List<String> others = staff.stream().filter(s -> !s.equals(stream.assignee())).toList();
            return stream.reassigned(others.get(random.nextInt(others.size())));
          }
          return stream.unassigned();
        }
        default -> {
          if (!started) {
            started = true;
            return stream.by(worker()).started();
          }
        }
      }
      return stream.by(TaskStream.OWNER).changed("Task changed " + random.nextInt(1000), "Changed", null, due(),
          priority());
    }

    /** Whoever does the work: the assignee, or the owner when no one has the task. */
    private Actor worker() {
      return stream.assignee() == null ? TaskStream.OWNER : TaskStream.staff(stream.assignee());
    }

    private String someStaff() {
      return staff.get(random.nextInt(staff.size()));
    }

    private JobId job() {
      return jobs.get(random.nextInt(jobs.size()));
    }

    private LocalDate due() {
      return random.nextInt(5) == 0 ? null : TODAY.plusDays(random.nextInt(36) - 15);
    }

    private TaskPriority priority() {
      return PRIORITIES[random.nextInt(PRIORITIES.length)];
    }
  }
}
