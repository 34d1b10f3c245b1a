package app.jobmate.commands.jobs;

import static app.jobmate.commands.jobs.JobSpec.ACCEPTED;
import static app.jobmate.commands.jobs.JobSpec.DETAILS;
import static app.jobmate.commands.jobs.JobSpec.JOB;
import static app.jobmate.commands.jobs.JobSpec.NOTE;
import static app.jobmate.commands.jobs.JobSpec.NOW;
import static app.jobmate.commands.jobs.JobSpec.OWNER;
import static app.jobmate.commands.jobs.JobSpec.QUOTE;

import static app.jobmate.commands.jobs.JobSpec.created;
import static app.jobmate.commands.jobs.JobSpec.createdFromQuote;
import static app.jobmate.commands.jobs.JobSpec.decide;
import static app.jobmate.commands.jobs.JobSpec.given;
import static app.jobmate.commands.jobs.JobSpec.rejected;
import static app.jobmate.commands.jobs.JobSpec.stateAfter;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.jobs.JobCommand.AddJobNote;
import app.jobmate.commands.jobs.JobCommand.CancelJob;
import app.jobmate.commands.jobs.JobCommand.CompleteJob;
import app.jobmate.commands.jobs.JobCommand.CreateJob;
import app.jobmate.commands.jobs.JobCommand.OpenJobFromQuote;
import app.jobmate.commands.jobs.JobCommand.ReopenJob;
import app.jobmate.commands.jobs.JobCommand.ScheduleJob;
import app.jobmate.commands.jobs.JobCommand.StartJob;
import app.jobmate.events.jobs.JobEvent;
import app.jobmate.events.jobs.JobEvent.JobCancelled;
import app.jobmate.events.jobs.JobEvent.JobCompleted;
import app.jobmate.events.jobs.JobEvent.JobNoteAdded;
import app.jobmate.events.jobs.JobEvent.JobReopened;
import app.jobmate.events.jobs.JobEvent.JobScheduled;
import app.jobmate.events.jobs.JobEvent.JobStarted;
import app.jobmate.events.quotes.QuoteId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MovingAJobThroughItsLifeTest {

  private static final Instant LATER = NOW.plusSeconds(8 * 3600);
  private static final LocalDate DAY = LocalDate.of(2026, 12, 10);

  private static List<JobEvent> open() {
    return given(created());
  }

  private static List<JobEvent> inProgress() {
    return given(open(), new JobStarted(JOB, NOW));
  }

  private static List<JobEvent> completed() {
    return given(inProgress(), new JobCompleted(JOB, LATER));
  }

  private static List<JobEvent> cancelled() {
    return given(open(), new JobCancelled(JOB, NOW, null));
  }

  @Nested
  class Creating {

    @Test
    void a_job_created_directly_is_open_with_its_customer_site_and_agreed_value() {
      assertThat(decide(List.of(), new CreateJob(JOB, DETAILS, NOW))).containsExactly(created());
      assertThat(stateAfter(open())).isInstanceOf(JobState.Open.class);
    }

    @Test
    void a_job_is_created_once() {
      Rejection rejection = rejected(open(), new CreateJob(JOB, DETAILS, LATER));

      assertThat(rejection.code()).isEqualTo("job.already-exists");
      assertThat(rejection.kind()).isEqualTo(Rejection.Kind.CONFLICT);
    }

    @Test
    void a_job_opened_from_an_accepted_quote_carries_its_number_revision_lines_and_accepted_totals() {
      assertThat(decide(List.of(), new OpenJobFromQuote(JOB, ACCEPTED, NOW))).containsExactly(createdFromQuote());
      assertThat(createdFromQuote().agreedValue().gross()).isEqualTo(ACCEPTED.totals().gross());
      assertThat(createdFromQuote().quoteReference()).isEqualTo("Q-00042/2");
    }

    @Test
    void a_job_opened_from_a_quote_numbered_with_the_business_s_prefix_carries_the_reference_as_printed() {
      AcceptedQuote prefixed = new AcceptedQuote(QUOTE, ACCEPTED.number(), 2, ACCEPTED.customerId(), ACCEPTED.siteId(),
          ACCEPTED.title(), ACCEPTED.notes(), ACCEPTED.acceptedLines(), ACCEPTED.totals(), "ACME-");

      JobEvent.JobCreatedFromQuote created = (JobEvent.JobCreatedFromQuote) decide(List.of(), new OpenJobFromQuote(JOB, prefixed, NOW))
          .getFirst();

      assertThat(created.quoteReference()).isEqualTo("ACME-00042/2");
    }

    @Test
    void opening_the_job_of_the_same_quote_again_changes_nothing() {
      assertThat(decide(given(createdFromQuote()), new OpenJobFromQuote(JOB, ACCEPTED, LATER))).isEmpty();
    }

    @Test
    void a_job_is_not_opened_from_a_quote_over_a_job_of_something_else() {
      assertThat(rejected(open(), new OpenJobFromQuote(JOB, ACCEPTED, NOW)).code()).isEqualTo("job.already-exists");
      AcceptedQuote other = new AcceptedQuote(QuoteId.of("0193a5b2-7c41-7d2e-9f3a-000000000002"), ACCEPTED.number(),
          1, ACCEPTED.customerId(), null, "Other", null, ACCEPTED.acceptedLines(), ACCEPTED.totals());
      assertThat(rejected(given(createdFromQuote()), new OpenJobFromQuote(JOB, other, NOW)).code())
          .isEqualTo("job.already-exists");
      assertThat(QUOTE).isNotEqualTo(other.quoteId());
    }
  }

  @Nested
  class Scheduling {

    @Test
    void an_open_job_is_scheduled_for_a_day_and_moved_to_another() {
      assertThat(decide(open(), new ScheduleJob(JOB, DAY))).containsExactly(new JobScheduled(JOB, DAY));
      List<JobEvent> scheduled = given(open(), new JobScheduled(JOB, DAY));
      assertThat(stateAfter(scheduled)).isEqualTo(new JobState.Scheduled(((JobState.Open) stateAfter(open())).job(), DAY));
      assertThat(decide(scheduled, new ScheduleJob(JOB, DAY.plusDays(1))))
          .containsExactly(new JobScheduled(JOB, DAY.plusDays(1)));
    }

    @Test
    void scheduling_again_for_the_same_day_changes_nothing() {
      assertThat(decide(given(open(), new JobScheduled(JOB, DAY)), new ScheduleJob(JOB, DAY))).isEmpty();
    }

    @Test
    void a_job_in_progress_is_not_scheduled() {
      assertThat(rejected(inProgress(), new ScheduleJob(JOB, DAY)).code()).isEqualTo("job.already-started");
    }
  }

  @Nested
  class StartingAndCompleting {

    @Test
    void an_open_or_scheduled_job_is_started() {
      assertThat(decide(open(), new StartJob(JOB, NOW))).containsExactly(new JobStarted(JOB, NOW));
      assertThat(decide(given(open(), new JobScheduled(JOB, DAY)), new StartJob(JOB, NOW)))
          .containsExactly(new JobStarted(JOB, NOW));
      assertThat(stateAfter(inProgress())).isInstanceOf(JobState.InProgress.class);
    }

    @Test
    void a_job_in_progress_is_not_started_again() {
      assertThat(rejected(inProgress(), new StartJob(JOB, LATER)).code()).isEqualTo("job.already-started");
    }

    @Test
    void any_unfinished_job_is_completed() {
      assertThat(decide(inProgress(), new CompleteJob(JOB, LATER))).containsExactly(new JobCompleted(JOB, LATER));
      assertThat(decide(open(), new CompleteJob(JOB, LATER))).containsExactly(new JobCompleted(JOB, LATER));
      assertThat(stateAfter(completed())).isInstanceOf(JobState.Completed.class);
    }
  }

  @Nested
  class ReopeningAndCancelling {

    @Test
    void a_completed_job_is_reopened_back_in_progress() {
      assertThat(decide(completed(), new ReopenJob(JOB, LATER, "A drip under the boiler")))
          .containsExactly(new JobReopened(JOB, LATER, "A drip under the boiler"));
      assertThat(stateAfter(given(completed(), new JobReopened(JOB, LATER, null))))
          .isInstanceOf(JobState.InProgress.class);
    }

    @Test
    void only_a_completed_job_is_reopened() {
      assertThat(rejected(inProgress(), new ReopenJob(JOB, LATER, null)).code()).isEqualTo("job.not-completed");
      assertThat(rejected(cancelled(), new ReopenJob(JOB, LATER, null)).code()).isEqualTo("job.not-completed");
    }

    @Test
    void an_unfinished_job_is_cancelled_with_its_reason() {
      assertThat(decide(given(open(), new JobScheduled(JOB, DAY)), new CancelJob(JOB, NOW, "Sold the house")))
          .containsExactly(new JobCancelled(JOB, NOW, "Sold the house"));
    }

    static Stream<JobCommand> changesOfStatus() {
      return Stream.of(new ScheduleJob(JOB, DAY), new StartJob(JOB, LATER), new CompleteJob(JOB, LATER),
          new CancelJob(JOB, LATER, null));
    }

    @ParameterizedTest
    @MethodSource("changesOfStatus")
    void a_cancelled_job_does_not_change(JobCommand command) {
      Rejection rejection = rejected(cancelled(), command);

      assertThat(rejection.code()).isEqualTo("job.finished");
      assertThat(rejection.kind()).isEqualTo(Rejection.Kind.CONFLICT);
    }

    @ParameterizedTest
    @MethodSource("changesOfStatus")
    void a_completed_job_changes_only_by_being_reopened(JobCommand command) {
      assertThat(rejected(completed(), command).code()).isEqualTo("job.finished");
    }
  }

  @Nested
  class Notes {

    @Test
    void a_note_is_added_with_who_wrote_it_and_when_even_to_a_finished_job() {
      AddJobNote note = new AddJobNote(JOB, NOTE, "Key under the mat", OWNER, NOW);
      JobNoteAdded added = new JobNoteAdded(JOB, NOTE, "Key under the mat", OWNER, NOW);

      assertThat(decide(open(), note)).containsExactly(added);
      assertThat(decide(cancelled(), note)).containsExactly(added);
      assertThat(stateAfter(given(completed(), added))).isInstanceOf(JobState.Completed.class);
    }

    @Test
    void a_note_id_is_used_once_on_a_job() {
      List<JobEvent> noted = given(open(), new JobNoteAdded(JOB, NOTE, "Key under the mat", OWNER, NOW));

      assertThat(rejected(noted, new AddJobNote(JOB, NOTE, "Another", OWNER, LATER)).code())
          .isEqualTo("job.note-exists");
    }
  }

  static Stream<JobCommand> everyCommandButCreating() {
    return Stream.of(new ScheduleJob(JOB, DAY), new StartJob(JOB, NOW), new CompleteJob(JOB, NOW),
        new ReopenJob(JOB, NOW, null), new CancelJob(JOB, NOW, null), new AddJobNote(JOB, NOTE, "Hello", OWNER, NOW));
  }

  @ParameterizedTest
  @MethodSource("everyCommandButCreating")
  void a_job_that_does_not_exist_is_not_found(JobCommand command) {
    Rejection rejection = rejected(List.of(), command);

    assertThat(rejection.code()).isEqualTo("job.not-found");
    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
  }
}
