package app.jobmate.commands.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import app.jobmate.commands.customers.CustomerBook;
import app.jobmate.commands.customers.CustomerStandings;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.tasks.TaskJobs.Standing;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Where a job stands for the tasks, read from its stream: run on the in-memory and the DynamoDB event store. */
public abstract class JobStandingsContract {

  private static final Instant NOW = Instant.parse("2026-12-03T08:05:00Z");

  protected abstract EventStore store();

  private CommandContext context() {
    return new CommandContext(UUID.randomUUID().toString(), "hash",
        new Actor(UserId.of("6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807"), List.of(Role.OWNER)), null, null, NOW,
        OptionalLong.empty());
  }

  @Test
  void a_job_is_none_until_created_open_while_unfinished_and_closed_once_completed_or_cancelled() {
    EventStore store = store();
    TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    new CustomerBook(store).create(tenant, JobSpec.DETAILS.customerId(), JobSpec.DETAILS.siteId());
    JobService jobs = new JobService(new CommandService(store), new CustomerStandings(store));
    JobStandings standings = new JobStandings(store);
    JobId completed = new JobId(UUID.randomUUID());
    JobId cancelled = new JobId(UUID.randomUUID());

    assertThat(standings.standingOf(tenant, completed)).isEqualTo(Standing.NONE);
    for (JobId job : List.of(completed, cancelled)) {
      jobs.handle(tenant, new JobCommand.CreateJob(job, JobSpec.DETAILS, NOW), context());
      jobs.handle(tenant, new JobCommand.StartJob(job, NOW), context());
      assertThat(standings.standingOf(tenant, job)).isEqualTo(Standing.OPEN);
    }
    jobs.handle(tenant, new JobCommand.CompleteJob(completed, NOW), context());
    jobs.handle(tenant, new JobCommand.CancelJob(cancelled, NOW, null), context());

    assertThat(standings.standingOf(tenant, completed)).isEqualTo(Standing.CLOSED);
    assertThat(standings.standingOf(tenant, cancelled)).isEqualTo(Standing.CLOSED);
    assertThat(standings.standingOf(TenantId.of("t-" + UUID.randomUUID()), completed))
        .as("another tenant's job is none of this one's").isEqualTo(Standing.NONE);
  }
}
