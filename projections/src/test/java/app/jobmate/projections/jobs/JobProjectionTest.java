package app.jobmate.projections.jobs;

import static app.jobmate.projections.testing.Fold.fold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.EventTypes;
import app.jobmate.events.jobs.AgreedValue;
import app.jobmate.events.jobs.JobEvent.JobCancelled;
import app.jobmate.events.jobs.JobEvent.JobCompleted;
import app.jobmate.events.jobs.JobEvent.JobCreated;
import app.jobmate.events.jobs.JobEvent.JobCreatedFromQuote;
import app.jobmate.events.jobs.JobEvent.JobDetailsChanged;
import app.jobmate.events.jobs.JobEvent.JobValueAgreed;
import app.jobmate.events.jobs.JobEvent.JobNoteAdded;
import app.jobmate.events.jobs.JobEvent.JobReopened;
import app.jobmate.events.jobs.JobEvent.JobScheduled;
import app.jobmate.events.jobs.JobEvent.JobStarted;
import app.jobmate.events.jobs.JobLine;
import app.jobmate.events.jobs.NoteId;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.SiteId;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.testing.JobStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobProjectionTest {

  private static final JobProjection JOBS = new JobProjection();
  private static final JobId JOB = JobId.of("0193b0c4-3333-7abc-8def-0123456789ab");
  private static final CustomerId CUSTOMER = CustomerId.of("0193a5a0-1111-7abc-8def-0123456789ab");
  private static final SiteId SITE = SiteId.of("0193a5a0-2222-7abc-8def-0123456789ab");
  private static final UUID QUOTE = UUID.fromString("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");
  private static final Instant START = Instant.parse("2026-11-20T08:15:00.123456Z");

  private final JobStream job = new JobStream("t-acme", JOB, START);

  private Job now() {
    return fold(JOBS, job.envelopes());
  }

  @Test
  void the_job_documents_take_every_job_event() {
    Set<String> jobTypes = Set.copyOf(EventTypes.all().stream().filter(t -> t.streamType().equals("job"))
        .map(t -> t.name()).toList());

    assertThat(JOBS.eventTypes()).isEqualTo(jobTypes).hasSize(10);
  }

  @Test
  void a_job_created_directly_is_open_with_its_customer_site_agreed_value_and_creator() {
    job.append(new JobCreated(JOB, CUSTOMER, SITE, "Replace the radiator", "Double panel",
        new AgreedValue(Money.ofPence(45_000), Money.ofPence(9_000), Money.ofPence(54_000)), START));

    Job created = now();

    assertThat(created.status()).isEqualTo(JobStatus.OPEN);
    assertThat(created.customerId()).isEqualTo(CUSTOMER.toString());
    assertThat(created.siteId()).isEqualTo(SITE.toString());
    assertThat(created.agreedValue()).isEqualTo(new Job.Value(45_000, 9_000, 54_000));
    assertThat(created.quote()).isNull();
    assertThat(created.createdAt()).isEqualTo(Instant.parse("2026-11-20T08:15:00.123Z"));
    assertThat(created.createdBy()).isEqualTo("u-owner");
  }

  @Test
  void a_job_from_a_quote_keeps_the_quote_reference_and_its_accepted_lines() {
    job.append(new JobCreatedFromQuote(JOB, QUOTE, 42, 2, "Q-00042/2", CUSTOMER, null, "New boiler", null,
        List.of(new JobLine(UUID.fromString("0193a5b3-0001-7000-8000-00000000b011"), "Boiler", Quantity.of("1.5"),
            Money.ofPence(10_000), VatCode.STANDARD, Money.ofPence(15_000), true)),
        new AgreedValue(Money.ofPence(15_000), Money.ofPence(3_000), Money.ofPence(18_000)), START));

    Job created = now();

    assertThat(created.quote()).isEqualTo(new Job.FromQuote(QUOTE.toString(), 42, 2, "Q-00042/2"));
    assertThat(created.lines()).containsExactly(new Job.Line("0193a5b3-0001-7000-8000-00000000b011", "Boiler", "1.5",
        10_000L, "standard", 15_000L, true));
    assertThat(created.agreedValue().gross()).isEqualTo(18_000);
  }

  @Test
  void a_job_moves_through_its_life_keeping_each_steps_time_and_its_notes_in_order() {
    job.append(new JobCreated(JOB, CUSTOMER, null, "Replace the radiator", null, null, START));
    job.append(new JobScheduled(JOB, LocalDate.of(2026, 12, 10)));
    assertThat(now().status()).isEqualTo(JobStatus.SCHEDULED);
    job.append(new JobStarted(JOB, Instant.parse("2026-12-10T08:00:00Z")));
    job.append(new JobNoteAdded(JOB, NoteId.of("0193b0c5-0001-7000-8000-00000000d001"), "Key under the mat",
        UserId.of("u-owner"), Instant.parse("2026-12-10T09:00:00Z")));
    job.append(new JobCompleted(JOB, Instant.parse("2026-12-10T16:00:00Z")));
    assertThat(now().status()).isEqualTo(JobStatus.COMPLETED);
    job.append(new JobReopened(JOB, Instant.parse("2026-12-12T09:00:00Z"), "A drip"));

    Job reopened = now();

    assertThat(reopened.status()).isEqualTo(JobStatus.IN_PROGRESS);
    assertThat(reopened.scheduledFor()).isEqualTo(LocalDate.of(2026, 12, 10));
    assertThat(reopened.startedAt()).isEqualTo(Instant.parse("2026-12-10T08:00:00Z"));
    assertThat(reopened.completedAt()).as("no longer completed").isNull();
    assertThat(reopened.reopenedAt()).isEqualTo(Instant.parse("2026-12-12T09:00:00Z"));
    assertThat(reopened.notes()).extracting(Job.Note::text).containsExactly("Key under the mat");
    assertThat(reopened.agreedValue()).isNull();
  }

  @Test
  void a_change_of_details_replaces_the_title_description_and_site_whole() {
    job.append(new JobCreated(JOB, CUSTOMER, SITE, "Replace the radiator", "Double panel", null, START));
    job.append(new JobDetailsChanged(JOB, "Replace two radiators", null, null));

    assertThat(now().title()).isEqualTo("Replace two radiators");
    assertThat(now().description()).isNull();
    assertThat(now().siteId()).isNull();
    assertThat(now().status()).isEqualTo(JobStatus.OPEN);
    assertThat(now().customerId()).isEqualTo(CUSTOMER.toString());
  }

  @Test
  void a_value_agreed_later_replaces_the_agreed_value_whole_and_keeps_the_quote_and_its_lines() {
    job.append(new JobCreatedFromQuote(JOB, QUOTE, 42, 2, "Q-00042/2", CUSTOMER, null, "New boiler", null,
        List.of(new JobLine(UUID.fromString("0193a5b3-0001-7000-8000-00000000b011"), "Boiler", Quantity.of("1"),
            Money.ofPence(15_000), VatCode.STANDARD, Money.ofPence(15_000), false)),
        new AgreedValue(Money.ofPence(15_000), Money.ofPence(3_000), Money.ofPence(18_000)), START));
    job.append(new JobValueAgreed(JOB, new AgreedValue(Money.ofPence(17_500), Money.ofPence(3_500),
        Money.ofPence(21_000)), "A second valve fitted", Instant.parse("2026-11-21T10:00:00Z")));

    Job agreed = now();

    assertThat(agreed.agreedValue()).isEqualTo(new Job.Value(17_500, 3_500, 21_000));
    assertThat(agreed.quote()).isEqualTo(new Job.FromQuote(QUOTE.toString(), 42, 2, "Q-00042/2"));
    assertThat(agreed.lines()).hasSize(1);
    assertThat(agreed.status()).isEqualTo(JobStatus.OPEN);
  }

  @Test
  void a_cancelled_job_keeps_its_reason() {
    job.append(new JobCreated(JOB, CUSTOMER, null, "Replace the radiator", null, null, START));
    job.append(new JobCancelled(JOB, Instant.parse("2026-12-01T12:00:00Z"), "Sold the house"));

    assertThat(now().status()).isEqualTo(JobStatus.CANCELLED);
    assertThat(now().cancellationReason()).isEqualTo("Sold the house");
  }

  @Test
  void a_stream_that_does_not_start_with_its_creation_is_refused() {
    job.append(new JobStarted(JOB, START));

    assertThatThrownBy(this::now).isInstanceOf(IllegalStateException.class);
  }
}
