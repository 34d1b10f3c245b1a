package app.jobmate.events;

import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.quotes.LineId;
import app.jobmate.events.quotes.PercentOrAmount;
import app.jobmate.events.quotes.QuoteEvent;
import app.jobmate.events.quotes.QuoteEvent.QuoteAccepted;
import app.jobmate.events.quotes.QuoteEvent.QuoteConvertedToJob;
import app.jobmate.events.quotes.QuoteEvent.QuoteDeclined;
import app.jobmate.events.quotes.QuoteEvent.QuoteDetailsChanged;
import app.jobmate.events.quotes.QuoteEvent.QuoteDrafted;
import app.jobmate.events.quotes.QuoteEvent.QuoteExpired;
import app.jobmate.events.quotes.QuoteEvent.QuoteIssued;
import app.jobmate.events.quotes.QuoteEvent.QuoteLineAdded;
import app.jobmate.events.quotes.QuoteEvent.QuoteLineChanged;
import app.jobmate.events.quotes.QuoteEvent.QuoteLineRemoved;
import app.jobmate.events.quotes.QuoteEvent.QuoteRevised;
import app.jobmate.events.quotes.QuoteEvent.QuoteViewed;
import app.jobmate.events.quotes.QuoteEvent.QuoteWithdrawn;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.quotes.QuotePricing;
import app.jobmate.events.quotes.VatTerms;
import app.jobmate.events.quotes.QuoteTotals;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.SiteId;
import app.jobmate.events.values.VatCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One realistic example of every quote event: a plumber quoting a boiler replacement. The
 * examples fill every optional field, so that each schema sees every property it declares.
 * {@link #minimalLike} switches over the sealed {@link QuoteEvent} without a default, so a new event
 * does not compile until it has its examples here. {@link EventExamples} gathers every context's.
 */
public final class QuoteEventExamples {

  public static final QuoteId QUOTE = QuoteId.of("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");
  public static final CustomerId CUSTOMER = CustomerId.of("0193a5a0-1111-7abc-8def-0123456789ab");
  public static final SiteId SITE = SiteId.of("0193a5a0-2222-7abc-8def-0123456789ab");
  public static final JobId JOB = JobId.of("0193b0c4-3333-7abc-8def-0123456789ab");

  public static final QuoteLine BOILER = new QuoteLine(LineId.of("0193a5b3-0001-7000-8000-00000000b011"),
      "Worcester Bosch Greenstar 4000 30kW combi boiler, supplied and fitted", Quantity.of("1"),
      Money.ofPence(189_500), VatCode.STANDARD, null, false);
  public static final QuoteLine LABOUR = new QuoteLine(LineId.of("0193a5b3-0002-7000-8000-00000000b012"),
      "Labour: drain down, remove and dispose of the old boiler", Quantity.of("3.5"), Money.ofPence(4_500),
      VatCode.STANDARD, PercentOrAmount.percent("10"), false);
  public static final QuoteLine PIPE = new QuoteLine(LineId.of("0193a5b3-0003-7000-8000-00000000b013"),
      "15mm copper pipe, per metre", Quantity.of("12.75"), Money.ofPence(385), VatCode.STANDARD, null, false);
  public static final QuoteLine CONTROLS = new QuoteLine(LineId.of("0193a5b3-0004-7000-8000-00000000b014"),
      "Smart thermostat and heating controls (energy-saving materials)", Quantity.of("1"), Money.ofPence(17_900),
      VatCode.ZERO, PercentOrAmount.amount(1_500), false);
  public static final QuoteLine FILTER = new QuoteLine(LineId.of("0193a5b3-0005-7000-8000-00000000b015"),
      "Optional: magnetic system filter", Quantity.of("1"), Money.ofPence(14_900), VatCode.STANDARD, null, true);

  public static final List<QuoteLine> LINES = List.of(BOILER, LABOUR, PIPE, CONTROLS, FILTER);
  public static final PercentOrAmount DISCOUNT = PercentOrAmount.amount(5_000);
  public static final PercentOrAmount DEPOSIT = PercentOrAmount.percent("25");
  public static final RoundingPolicy ROUNDING = RoundingPolicy.PER_LINE;

  private QuoteEventExamples() {
  }

  /** An example of every quote event, in the order of a quote's life. */
  public static List<QuoteEvent> all() {
    return Arrays.stream(QuoteEvent.class.getPermittedSubclasses())
        .<QuoteEvent>map(QuoteEventExamples::exampleOf)
        .toList();
  }

  /** The example of the record class {@code type}. */
  @SuppressWarnings("unchecked")
  public static <E extends QuoteEvent> E exampleOf(Class<?> type) {
    return (E) examples().filter(type::isInstance).findFirst()
        .orElseThrow(() -> new AssertionError("no example of " + type.getSimpleName() + " in QuoteEventExamples"));
  }

  /**
   * A further example of the same event with what is optional left out; the switch has no
   * default, so an event added to {@link QuoteEvent} must be given its examples here to compile.
   */
  public static QuoteEvent minimalLike(QuoteEvent example) {
    return switch (example) {
      case QuoteDrafted e -> new QuoteDrafted(e.quoteId(), e.customerId(), null, e.title(), null, null, null, null,
          null, RoundingPolicy.PER_DOCUMENT, 30);
      case QuoteDetailsChanged e -> new QuoteDetailsChanged(e.quoteId(), e.customerId(), null, e.title(), null, null,
          null, null, null);
      case QuoteLineAdded e -> new QuoteLineAdded(e.quoteId(), new QuoteLine(e.line().lineId(), "Call-out charge",
          Quantity.of("1"), Money.ZERO, VatCode.EXEMPT, null, false));
      case QuoteLineChanged e -> new QuoteLineChanged(e.quoteId(), new QuoteLine(e.line().lineId(),
          e.line().description(), Quantity.of("0.333"), e.line().unitPrice(), VatCode.REVERSE_CHARGE, null, false));
      case QuoteLineRemoved e -> e;
      case QuoteIssued e -> {
        List<QuoteLine> lines = List.of(BOILER);
        yield new QuoteIssued(e.quoteId(), e.number(), 1, e.customerId(), e.issuedOn(), e.validUntil(), lines, null,
            null, RoundingPolicy.PER_DOCUMENT, QuotePricing.price(lines, null, null,
            new VatTerms(RoundingPolicy.PER_DOCUMENT, e.issuedOn(), true)));
      }
      case QuoteViewed e -> e;
      case QuoteAccepted e -> new QuoteAccepted(e.quoteId(), e.acceptedAt(), List.of(), totals(List.of()));
      case QuoteDeclined e -> new QuoteDeclined(e.quoteId(), e.declinedAt(), DeclineReason.TIMING, null);
      case QuoteExpired e -> e;
      case QuoteWithdrawn e -> new QuoteWithdrawn(e.quoteId(), e.withdrawnAt(), null);
      case QuoteRevised e -> e;
      case QuoteConvertedToJob e -> e;
    };
  }

  /** Every example, full and minimal. */
  public static List<QuoteEvent> fullAndMinimal() {
    List<QuoteEvent> events = new ArrayList<>(all());
    all().stream().map(QuoteEventExamples::minimalLike).forEach(events::add);
    return events;
  }

  private static Stream<QuoteEvent> examples() {
    LocalDate issuedOn = LocalDate.parse("2026-11-26");
    LocalDate validUntil = issuedOn.plusDays(30);
    return Stream.of(
        new QuoteDrafted(QUOTE, CUSTOMER, SITE, "Replace combi boiler", "Access via the side gate; dog in the garden.",
            "A 25% deposit secures the booking. Balance due on completion.", validUntil, DISCOUNT, DEPOSIT, ROUNDING,
            30),
        new QuoteDetailsChanged(QUOTE, CUSTOMER, SITE, "Replace combi boiler and controls",
            "Access via the side gate.", "Balance due within 14 days of completion.", validUntil, DISCOUNT, DEPOSIT),
        new QuoteLineAdded(QUOTE, LABOUR),
        new QuoteLineChanged(QUOTE, CONTROLS),
        new QuoteLineRemoved(QUOTE, LineId.of("0193a5b3-0009-7000-8000-00000000b019")),
        new QuoteIssued(QUOTE, QuoteNumber.of(42), 2, CUSTOMER, issuedOn, validUntil, LINES, DISCOUNT, DEPOSIT,
            ROUNDING, totals(List.of()), "ACME-"),
        new QuoteViewed(QUOTE, Instant.parse("2026-11-26T18:02:11.482Z")),
        new QuoteAccepted(QUOTE, Instant.parse("2026-11-28T09:30:00Z"), List.of(FILTER.lineId()),
            totals(List.of(FILTER))),
        new QuoteDeclined(QUOTE, Instant.parse("2026-11-28T09:30:00Z"), DeclineReason.PRICE,
            "Went with a cheaper quote from a local firm"),
        new QuoteExpired(QUOTE, validUntil),
        new QuoteWithdrawn(QUOTE, Instant.parse("2026-11-27T08:00:00Z"), "Customer's landlord is arranging the work"),
        new QuoteRevised(QUOTE, 3),
        new QuoteConvertedToJob(QUOTE, JOB));
  }

  /** The totals of the issued lines plus the optional lines {@code taken}. */
  public static QuoteTotals totals(List<QuoteLine> taken) {
    List<QuoteLine> counted = LINES.stream().filter(l -> !l.optional() || taken.contains(l)).toList();
    return QuotePricing.price(counted, DISCOUNT, DEPOSIT, new VatTerms(ROUNDING, LocalDate.parse("2026-11-26"), true));
  }
}
