package app.jobmate.projections.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.testing.TaskStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the audit trail's queries must answer: exactly what {@link ListAudit}
 * defines, oldest first by time then by the event's place in its stream, over the changes of forty tasks of two tenants made
 * by three people, many in the same millisecond, paged through with small pages.
 */
public abstract class AuditQueriesContract {

  private static final TenantId ACME = TenantId.of("t-acme");
  private static final Instant START = Instant.parse("2026-11-01T09:00:00Z");

  public record Fixture(ReadModels readModels, AuditQueries queries) {
  }

  protected abstract Fixture newFixture();

  private Fixture fixture;
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final List<EventEnvelope> all = new ArrayList<>();
  private final List<String> tasks = new ArrayList<>();

  @BeforeEach
  void fortyTasks() {
    fixture = newFixture();
    Projector projector = new Projector(fixture.readModels(), history, EventCodec.standard(),
        new AuditReadSide().projections());
    for (int n = 1; n <= 40; n++) {
      String tenant = n % 5 == 0 ? "t-other" : ACME.value();
      String id = new UUID(0x0193a5b27c417d2eL, 0x9f3a000000000000L + n).toString();
      tasks.add(id);
      // every fourth task starts in the same millisecond as the one before: ties broken by stream and version
      TaskStream task = TaskStream.of(tenant, id, START.plus(Duration.ofMinutes(n - n % 4)));
      List<EventEnvelope> events = new ArrayList<>();
      events.add(task.created("Task " + n, LocalDate.of(2026, 11, 30), TaskPriority.NORMAL));
      events.add(task.by(TaskStream.staff(n % 3 == 0 ? "u-sam" : "u-jo")).after(Duration.ofHours(n % 7))
          .assigned("u-sam"));
      if (n % 2 == 0) {
        events.add(task.after(Duration.ofDays(1)).started());
      }
      for (EventEnvelope e : events) {
        history.append(List.of(e));
        all.add(e);
      }
      assertThat(projector.project(events).allApplied()).isTrue();
    }
  }

  /** Every page of {@code query} followed through its cursors, with pages of {@code size}. */
  private List<AuditEntry> paged(ListAudit query, int size) {
    List<AuditEntry> read = new ArrayList<>();
    ListAudit page = query.after(null, size);
    for (int pages = 0; pages < 1000; pages++) {
      AuditPage answer = AuditPage.of(page, fixture.queries().list(page));
      read.addAll(answer.entries());
      if (answer.nextCursor() == null) {
        return read;
      }
      page = query.after(AuditCursor.decode(answer.nextCursor()), size);
    }
    throw new AssertionError("no end to the pages");
  }

  /** What the query defines: every stored entry it matches, oldest first, ties by the event's place in its stream. */
  private List<AuditEntry> expected(ListAudit query) {
    return fixture.readModels().<AuditEntry>all(AuditProjection.NAME, AuditEntry.class).stream().filter(query::matches)
        .sorted(Comparator.comparing((Versioned<AuditEntry> v) -> v.document().at()).thenComparing(Versioned::id))
        .map(Versioned::document).toList();
  }

  private ListAudit query(String record, String recordId, String person, Instant from, Instant to) {
    return new ListAudit(ACME, record, recordId, person, from, to, null, ListAudit.DEFAULT_LIMIT);
  }

  @Test
  void the_whole_trail_of_a_tenant_pages_through_every_change_once_oldest_first() {
    ListAudit everything = query(null, null, null, null, null);

    List<AuditEntry> read = paged(everything, 7);

    long acme = all.stream().filter(e -> e.tenantId().equals(ACME)).count();
    assertThat(read).hasSize((int) acme).containsExactlyElementsOf(expected(everything));
    assertThat(read).extracting(AuditEntry::eventId).doesNotHaveDuplicates();
  }

  @Test
  void one_records_changes_are_its_own_in_order() {
    ListAudit one = query("task", tasks.get(3), null, null, null);

    assertThat(paged(one, 1)).extracting(AuditEntry::eventType)
        .containsExactly("TaskCreated", "TaskAssigned", "TaskStarted");
    assertThat(paged(query("quote", null, null, null, null), 5)).isEmpty();
  }

  @Test
  void a_persons_changes_in_a_period_are_those_they_made_then() {
    Instant from = START.plus(Duration.ofHours(2));
    Instant to = START.plus(Duration.ofHours(5));
    ListAudit sams = query(null, null, "u-sam", from, to);

    List<AuditEntry> read = paged(sams, 3);

    assertThat(read).isNotEmpty().containsExactlyElementsOf(expected(sams))
        .allSatisfy(e -> {
          assertThat(e.actor()).isEqualTo("u-sam");
          assertThat(e.at()).isAfterOrEqualTo(from).isBefore(to);
        });
  }

  @Test
  void another_tenants_changes_are_never_in_the_answer() {
    List<AuditEntry> read = paged(query(null, null, null, null, null), 50);

    List<String> others = all.stream().filter(e -> !e.tenantId().equals(ACME)).map(EventEnvelope::eventId).toList();
    assertThat(others).isNotEmpty();
    assertThat(read).extracting(AuditEntry::eventId).doesNotContainAnyElementsOf(others);
  }
}
