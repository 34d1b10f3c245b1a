package app.jobmate.projections.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.jobs.JobEvent.JobCreated;
import app.jobmate.events.jobs.JobEvent.JobScheduled;
import app.jobmate.events.jobs.JobEvent.JobStarted;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.jobs.list.JobCursor;
import app.jobmate.projections.jobs.list.JobListQueries;
import app.jobmate.projections.jobs.list.JobPage;
import app.jobmate.projections.jobs.list.ListJobs;
import app.jobmate.projections.testing.JobStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the job list must answer: exactly what {@link ListJobs} defines,
 * over forty jobs of two tenants (some created in the same millisecond, so the id breaks ties).
 */
public abstract class JobListQueriesContract {

  private static final TenantId ACME = TenantId.of("t-acme");
  private static final CustomerId SMITH = CustomerId.of("0193a5a0-1111-7abc-8def-0123456789ab");
  private static final CustomerId JONES = CustomerId.of("0193a5a0-1111-7abc-8def-0000000000bb");
  private static final Instant START = Instant.parse("2026-11-01T09:00:00Z");

  public record Fixture(ReadModels readModels, JobListQueries list) {
  }

  protected abstract Fixture newFixture();

  private Fixture fixture;

  @BeforeEach
  void fortyJobs() {
    fixture = newFixture();
    InMemoryEventHistory history = new InMemoryEventHistory();
    Projector projector = new Projector(fixture.readModels(), history, EventCodec.standard(),
        new JobReadSide().projections());
    for (int n = 1; n <= 40; n++) {
      String tenant = n % 5 == 0 ? "t-other" : ACME.value();
      JobStream job = new JobStream(tenant, JobId.of(String.format("0193b0c4-3333-7abc-8def-%012d", n)), START);
      Instant created = START.plus(Duration.ofHours(n / 2)); // pairs share a creation time
      List<EventEnvelope> commit = new ArrayList<>();
      commit.add(job.append(new JobCreated(job.jobId(), n % 3 == 0 ? JONES : SMITH, null, "Job " + n, null, null,
          created)));
      if (n % 4 == 0) {
        commit.add(job.append(new JobScheduled(job.jobId(), LocalDate.of(2026, 12, n % 28 + 1))));
      }
      if (n % 7 == 0) {
        commit.add(job.append(new JobStarted(job.jobId(), created.plusSeconds(60))));
      }
      history.append(commit);
      assertThat(projector.project(commit).allApplied()).isTrue();
    }
  }

  private List<Versioned<Job>> expected(ListJobs query) {
    return fixture.readModels().all(JobProjection.NAME, Job.class).stream().filter(query::matches)
        .sorted(ListJobs.NEWEST_FIRST).toList();
  }

  private List<Versioned<Job>> everyPage(ListJobs first) {
    List<Versioned<Job>> all = new ArrayList<>();
    ListJobs query = first;
    while (true) {
      JobPage page = fixture.list().list(query);
      all.addAll(page.items());
      if (page.next().isEmpty()) {
        return all;
      }
      JobCursor next = page.next().get();
      query = new ListJobs(query.tenantId(), query.statuses(), query.customerId(), query.createdFrom(),
          query.createdBefore(), query.scheduledFrom(), query.scheduledTo(), next, query.limit());
    }
  }

  private static ListJobs query(Set<JobStatus> statuses, CustomerId customer, Instant from, Instant before,
                                LocalDate scheduledFrom, LocalDate scheduledTo, int limit) {
    return new ListJobs(ACME, statuses, customer, from, before, scheduledFrom, scheduledTo, null, limit);
  }

  @Test
  void every_page_together_is_the_whole_list_newest_first_without_repeats() {
    ListJobs all = query(Set.of(), null, null, null, null, null, 7);

    List<Versioned<Job>> paged = everyPage(all);

    assertThat(paged).extracting(Versioned::streamId).doesNotHaveDuplicates()
        .containsExactlyElementsOf(expected(all).stream().map(Versioned::streamId).toList());
    assertThat(paged).hasSize(32);
  }

  @Test
  void filters_answer_exactly_what_the_query_defines() {
    List<ListJobs> queries = List.of(
        query(Set.of(JobStatus.SCHEDULED), null, null, null, null, null, 100),
        query(Set.of(JobStatus.IN_PROGRESS, JobStatus.OPEN), JONES, null, null, null, null, 3),
        query(Set.of(), SMITH, START.plus(Duration.ofHours(3)), START.plus(Duration.ofHours(12)), null, null, 4),
        query(Set.of(), null, null, null, LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 20), 2));
    for (ListJobs q : queries) {
      assertThat(everyPage(q)).as(q.toString()).extracting(Versioned::streamId)
          .containsExactlyElementsOf(expected(q).stream().map(Versioned::streamId).toList())
          .isNotEmpty();
    }
  }
}
