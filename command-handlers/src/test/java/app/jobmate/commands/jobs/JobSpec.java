package app.jobmate.commands.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.jobmate.commands.core.Rejection;
import app.jobmate.events.jobs.AgreedValue;
import app.jobmate.events.jobs.JobEvent;
import app.jobmate.events.jobs.JobEvent.JobCreated;
import app.jobmate.events.jobs.JobEvent.JobCreatedFromQuote;
import app.jobmate.events.jobs.JobLine;
import app.jobmate.events.jobs.NoteId;
import app.jobmate.events.quotes.LineId;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.quotes.QuoteTotals;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.SiteId;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Given events, when a command, then events or a rejection: the job decider in the business's words. */
final class JobSpec {

  static final JobId JOB = JobId.of("0193b0c4-3333-7abc-8def-0123456789ab");
  static final CustomerId CUSTOMER = CustomerId.of("0193a5a0-1111-7abc-8def-0123456789ab");
  static final SiteId SITE = SiteId.of("0193a5a0-2222-7abc-8def-0123456789ab");
  static final QuoteId QUOTE = QuoteId.of("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");
  static final UserId OWNER = UserId.of("6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807");
  static final Instant NOW = Instant.parse("2026-12-03T08:05:00Z");
  static final NoteId NOTE = NoteId.of("0193b0c5-0001-7000-8000-00000000d001");
  static final AgreedValue AGREED = new AgreedValue(Money.ofPence(45_000), Money.ofPence(9_000), Money.ofPence(54_000));
  static final JobDetails DETAILS = new JobDetails(CUSTOMER, SITE, "Replace the kitchen radiator",
      "Double panel, same size", AGREED);
  static final QuoteLine BOILER = new QuoteLine(LineId.of("0193a5b3-0001-7000-8000-00000000b011"),
      "Combi boiler, supplied and fitted", Quantity.of("1"), Money.ofPence(189_500), VatCode.STANDARD, null, false,
      false);
  static final QuoteTotals TOTALS = new QuoteTotals(Money.ofPence(189_500), Money.ZERO, Money.ofPence(189_500),
      List.of(), Money.ofPence(37_900), Money.ofPence(227_400), Money.ZERO);
  static final AcceptedQuote ACCEPTED = new AcceptedQuote(QUOTE, QuoteNumber.of(42), 2, CUSTOMER, SITE,
      "New combi boiler", "Side gate", List.of(BOILER), TOTALS);

  private JobSpec() {
  }

  static JobCreated created() {
    return new JobCreated(JOB, CUSTOMER, SITE, DETAILS.title(), DETAILS.description(), AGREED, NOW);
  }

  static JobCreatedFromQuote createdFromQuote() {
    return new JobCreatedFromQuote(JOB, QUOTE.value(), 42, 2, "Q-00042/2", CUSTOMER, SITE, "New combi boiler",
        "Side gate", List.of(new JobLine(BOILER.lineId().value(), BOILER.description(), BOILER.quantity(),
            BOILER.unitPrice(), BOILER.vatCode(), Money.ofPence(189_500), false)),
        new AgreedValue(Money.ofPence(189_500), Money.ofPence(37_900), Money.ofPence(227_400)), NOW);
  }

  static List<JobEvent> given(JobEvent... events) {
    return List.of(events);
  }

  static List<JobEvent> given(List<JobEvent> history, JobEvent... more) {
    List<JobEvent> all = new ArrayList<>(history);
    all.addAll(List.of(more));
    return all;
  }

  static JobState stateAfter(List<JobEvent> history) {
    JobState state = JobDecider.INSTANCE.initialState();
    for (JobEvent event : history) {
      state = JobDecider.INSTANCE.evolve(state, event);
    }
    return state;
  }

  static List<JobEvent> decide(List<JobEvent> history, JobCommand command) {
    List<JobEvent> decided = JobDecider.INSTANCE.decide(command, stateAfter(history));
    stateAfter(given(history, decided.toArray(JobEvent[]::new))); // every decision must also fold
    return decided;
  }

  static Rejection rejected(List<JobEvent> history, JobCommand command) {
    Rejection rejection = catchThrowableOfType(Rejection.class,
        () -> JobDecider.INSTANCE.decide(command, stateAfter(history)));
    assertThat(rejection).as("%s should have been refused", command.getClass().getSimpleName()).isNotNull();
    return rejection;
  }
}
