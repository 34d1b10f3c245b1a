package app.jobmate.commands.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.jobmate.commands.core.Rejection;
import app.jobmate.events.quotes.LineId;
import app.jobmate.events.quotes.PercentOrAmount;
import app.jobmate.events.quotes.QuoteEvent;
import app.jobmate.events.quotes.QuoteEvent.QuoteDrafted;
import app.jobmate.events.quotes.QuoteEvent.QuoteLineAdded;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.VatCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Given events, when a command, then events or a rejection: the quote decider in the business's words. */
public final class QuoteSpec {

  static final QuoteId QUOTE = QuoteId.of("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");
  static final CustomerId CUSTOMER = CustomerId.of("0193a5b2-7c41-7d2e-9f3a-00000000c001");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");
  static final QuoteNumber NUMBER = QuoteNumber.of(42);
  public static final QuoteDetails DETAILS = new QuoteDetails(CUSTOMER, null, "New boiler for 14 Elm Road", "Access via side gate",
      "Payment within 14 days of completion", null, null, null);

  private QuoteSpec() {
  }

  static QuoteLine line(String id, String description, String quantity, long unitPence, VatCode code) {
    return new QuoteLine(lineId(id), description, Quantity.of(quantity), Money.ofPence(unitPence), code, null, false);
  }

  static QuoteLine optionalLine(String id, String description, long unitPence) {
    return new QuoteLine(lineId(id), description, Quantity.of("1"), Money.ofPence(unitPence), VatCode.STANDARD, null, true);
  }

  static QuoteLine discounted(QuoteLine line, PercentOrAmount discount) {
    return new QuoteLine(line.lineId(), line.description(), line.quantity(), line.unitPrice(), line.vatCode(), discount,
        line.optional());
  }

  static LineId lineId(String shortId) {
    return new LineId(UUID.fromString("0193a5b2-7c41-7d2e-9f3a-" + String.format("%12s", shortId).replace(' ', '0')));
  }

  public static final QuoteLine BOILER = line("b01", "Combi boiler, supplied and fitted", "1", 185_000, VatCode.STANDARD);
  static final QuoteLine LABOUR = line("1ab", "Labour (hours)", "6.5", 4_500, VatCode.STANDARD);
  static final QuoteLine FILTER = optionalLine("f17", "Magnetic system filter", 12_000);

  static QuoteDrafted drafted() {
    return drafted(RoundingPolicy.PER_LINE);
  }

  static QuoteDrafted drafted(RoundingPolicy rounding) {
    return new QuoteDrafted(QUOTE, CUSTOMER, null, DETAILS.title(), DETAILS.notes(), DETAILS.terms(), null, null, null,
        rounding, 30);
  }

  static QuoteLineAdded added(QuoteLine line) {
    return new QuoteLineAdded(QUOTE, line);
  }

  /** The events a draft with {@code lines} issued today has: drafted, lines added, issued. */
  static List<QuoteEvent> issuedWith(QuoteLine... lines) {
    List<QuoteEvent> history = new java.util.ArrayList<>();
    history.add(drafted());
    Arrays.stream(lines).map(QuoteSpec::added).forEach(history::add);
    history.addAll(decide(history, new QuoteCommand.IssueQuote(QUOTE, TODAY, NUMBER)));
    return history;
  }

  static List<QuoteEvent> given(List<QuoteEvent> history, QuoteEvent... more) {
    List<QuoteEvent> all = new java.util.ArrayList<>(history);
    all.addAll(List.of(more));
    return all;
  }

  static QuoteState stateAfter(List<QuoteEvent> history) {
    QuoteState state = QuoteDecider.INSTANCE.initialState();
    for (QuoteEvent event : history) {
      state = QuoteDecider.INSTANCE.evolve(state, event);
    }
    return state;
  }

  static List<QuoteEvent> decide(List<QuoteEvent> history, QuoteCommand command) {
    List<QuoteEvent> decided = QuoteDecider.INSTANCE.decide(command, stateAfter(history));
    stateAfter(given(history, decided.toArray(QuoteEvent[]::new))); // every decision must also fold
    return decided;
  }

  static Rejection rejected(List<QuoteEvent> history, QuoteCommand command) {
    Rejection rejection = catchThrowableOfType(Rejection.class, () -> QuoteDecider.INSTANCE.decide(command, stateAfter(history)));
    assertThat(rejection).as("the command should have been refused").isNotNull();
    return rejection;
  }
}
