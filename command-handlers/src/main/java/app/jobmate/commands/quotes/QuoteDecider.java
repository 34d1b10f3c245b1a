package app.jobmate.commands.quotes;

import app.jobmate.commands.core.Decider;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.quotes.QuoteCommand.AcceptQuote;
import app.jobmate.commands.quotes.QuoteCommand.AddQuoteLine;
import app.jobmate.commands.quotes.QuoteCommand.ChangeQuoteDetails;
import app.jobmate.commands.quotes.QuoteCommand.ChangeQuoteLine;
import app.jobmate.commands.quotes.QuoteCommand.ConvertQuoteToJob;
import app.jobmate.commands.quotes.QuoteCommand.DeclineQuote;
import app.jobmate.commands.quotes.QuoteCommand.DraftQuote;
import app.jobmate.commands.quotes.QuoteCommand.ExpireQuote;
import app.jobmate.commands.quotes.QuoteCommand.IssueQuote;
import app.jobmate.commands.quotes.QuoteCommand.RecordQuoteViewed;
import app.jobmate.commands.quotes.QuoteCommand.RemoveQuoteLine;
import app.jobmate.commands.quotes.QuoteCommand.ReviseQuote;
import app.jobmate.commands.quotes.QuoteCommand.WithdrawQuote;
import app.jobmate.commands.quotes.QuoteState.Accepted;
import app.jobmate.commands.quotes.QuoteState.ConvertedToJob;
import app.jobmate.commands.quotes.QuoteState.Declined;
import app.jobmate.commands.quotes.QuoteState.Draft;
import app.jobmate.commands.quotes.QuoteState.Expired;
import app.jobmate.commands.quotes.QuoteState.Issued;
import app.jobmate.commands.quotes.QuoteState.None;
import app.jobmate.commands.quotes.QuoteState.Offer;
import app.jobmate.commands.quotes.QuoteState.Open;
import app.jobmate.commands.quotes.QuoteState.Revisable;
import app.jobmate.commands.quotes.QuoteState.Viewed;
import app.jobmate.commands.quotes.QuoteState.Withdrawn;
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
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.quotes.QuotePricing;
import app.jobmate.events.quotes.QuoteTotals;
import app.jobmate.events.quotes.VatTerms;
import app.jobmate.events.values.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The rules of a quote (docs/business-rules.md, quotes), as a pure decider. */
public final class QuoteDecider implements Decider<QuoteCommand, QuoteState, QuoteEvent> {

  /** More lines than any real quote; bounds the size of a stream's commits. */
  public static final int MAX_LINES = 500;

  public static final QuoteDecider INSTANCE = new QuoteDecider();

  private QuoteDecider() {
  }

  @Override
  public QuoteState initialState() {
    return new None();
  }

  @Override
  public Class<QuoteEvent> eventType() {
    return QuoteEvent.class;
  }

  @Override
  public List<QuoteEvent> decide(QuoteCommand command, QuoteState state) {
    if (state instanceof None && !(command instanceof DraftQuote)) {
      throw Rejection.notFound("quote.not-found", "there is no quote " + command.quoteId());
    }
    return switch (command) {
      case DraftQuote c when state instanceof None -> draft(c);
      case DraftQuote c -> throw Rejection.conflict("quote.already-exists", "quote " + c.quoteId() + " already exists");

      case ChangeQuoteDetails c when state instanceof Draft d -> d.details().equals(c.details()) ? List.of()
          : List.of(detailsChanged(c));
      case ChangeQuoteDetails c -> throw notDraft(state);

      case AddQuoteLine c when state instanceof Draft d -> addLine(d, c);
      case AddQuoteLine c -> throw notDraft(state);

      case ChangeQuoteLine c when state instanceof Draft d -> changeLine(d, c);
      case ChangeQuoteLine c -> throw notDraft(state);

      case RemoveQuoteLine c when state instanceof Draft d -> {
        requireLine(d, c.lineId());
        yield List.of(new QuoteLineRemoved(c.quoteId(), c.lineId()));
      }
      case RemoveQuoteLine c -> throw notDraft(state);

      case IssueQuote c when state instanceof Draft d -> List.of(issue(c, d));
      case IssueQuote c -> throw notDraft(state);

      case RecordQuoteViewed c when state instanceof Issued -> List.of(new QuoteViewed(c.quoteId(), c.at()));
      // a customer opening a quote again, or after answering it, is not news
      case RecordQuoteViewed c when !(state instanceof Draft) && !(state instanceof Withdrawn) -> List.of();
      case RecordQuoteViewed c -> throw Rejection.conflict("quote.not-issued", "quote " + c.quoteId() + " has not been issued");

      case AcceptQuote c when state instanceof Open o -> List.of(accept(c, o.offer()));
      case AcceptQuote c -> throw notOpen(state, "accepted");

      case DeclineQuote c when state instanceof Open -> List.of(new QuoteDeclined(c.quoteId(), c.at(), c.reason(), c.note()));
      case DeclineQuote c -> throw notOpen(state, "declined");

      case ExpireQuote c when state instanceof Open o -> {
        if (!c.today().isAfter(o.offer().validUntil())) {
          throw Rejection.unprocessable("quote.still-valid", "quote " + c.quoteId() + " is valid until "
              + o.offer().validUntil());
        }
        yield List.of(new QuoteExpired(c.quoteId(), o.offer().validUntil()));
      }
      case ExpireQuote c -> throw notOpen(state, "expired");

      case WithdrawQuote c when state instanceof Draft || state instanceof Open ->
          List.of(new QuoteWithdrawn(c.quoteId(), c.at(), c.reason()));
      case WithdrawQuote c -> throw Rejection.conflict("quote.not-withdrawable",
          "only a draft or a quote awaiting an answer can be withdrawn; this one is " + stateName(state));

      case ReviseQuote c when state instanceof Revisable r -> List.of(new QuoteRevised(c.quoteId(), r.offer().revision() + 1));
      case ReviseQuote c -> throw Rejection.conflict("quote.not-revisable",
          "only an issued, declined or expired quote can be revised; this one is " + stateName(state));

      case ConvertQuoteToJob c when state instanceof Accepted -> List.of(new QuoteConvertedToJob(c.quoteId(), c.jobId()));
      case ConvertQuoteToJob c when state instanceof ConvertedToJob j && j.jobId().equals(c.jobId()) -> List.of();
      case ConvertQuoteToJob c -> throw Rejection.conflict("quote.not-accepted",
          "only an accepted quote can become a job; this one is " + stateName(state));
    };
  }

  @Override
  public QuoteState evolve(QuoteState state, QuoteEvent event) {
    return switch (event) {
      case QuoteDrafted e -> new Draft(new QuoteDetails(e.customerId(), e.siteId(), e.title(), e.notes(), e.terms(),
          e.validUntil(), e.discount(), e.deposit()), List.of(), 1, null, e.roundingPolicy(), e.validityDays());
      case QuoteDetailsChanged e -> {
        Draft d = expect(Draft.class, state, e);
        yield new Draft(new QuoteDetails(e.customerId(), e.siteId(), e.title(), e.notes(), e.terms(), e.validUntil(),
            e.discount(), e.deposit()), d.lines(), d.revision(), d.number(), d.rounding(), d.validityDays());
      }
      case QuoteLineAdded e -> {
        Draft d = expect(Draft.class, state, e);
        List<QuoteLine> lines = new ArrayList<>(d.lines());
        lines.add(e.line());
        yield withLines(d, lines);
      }
      case QuoteLineChanged e -> {
        Draft d = expect(Draft.class, state, e);
        yield withLines(d, d.lines().stream().map(l -> l.lineId().equals(e.line().lineId()) ? e.line() : l).toList());
      }
      case QuoteLineRemoved e -> {
        Draft d = expect(Draft.class, state, e);
        yield withLines(d, d.lines().stream().filter(l -> !l.lineId().equals(e.lineId())).toList());
      }
      case QuoteIssued e -> {
        Draft d = expect(Draft.class, state, e);
        yield new Issued(new Offer(d.details(), e.lines(), e.revision(), e.number(), e.roundingPolicy(),
            d.validityDays(), e.issuedOn(), e.validUntil(), e.totals()));
      }
      case QuoteViewed e -> new Viewed(expect(Open.class, state, e).offer());
      case QuoteAccepted e -> new Accepted(expect(Open.class, state, e).offer(), e.optionalLinesTaken(), e.totals());
      case QuoteDeclined e -> new Declined(expect(Open.class, state, e).offer());
      case QuoteExpired e -> new Expired(expect(Open.class, state, e).offer());
      case QuoteWithdrawn e -> withdrawn(state, e);
      case QuoteRevised e -> {
        Offer offer = expect(Revisable.class, state, e).offer();
        // a new revision gets its own validity when issued; the old date has usually passed
        yield new Draft(offer.details().withoutValidUntil(), offer.lines(), e.revision(), offer.number(),
            offer.rounding(), offer.validityDays());
      }
      case QuoteConvertedToJob e -> new ConvertedToJob(expect(Accepted.class, state, e).offer(), e.jobId());
    };
  }

  private static List<QuoteEvent> draft(DraftQuote c) {
    if (c.lines().size() > MAX_LINES) {
      throw tooManyLines();
    }
    Set<LineId> ids = new HashSet<>();
    for (QuoteLine line : c.lines()) {
      if (!ids.add(line.lineId())) {
        throw Rejection.unprocessable("quote.duplicate-line", "line " + line.lineId() + " appears twice");
      }
    }
    QuoteDetails d = c.details();
    List<QuoteEvent> events = new ArrayList<>();
    events.add(new QuoteDrafted(c.quoteId(), d.customerId(), d.siteId(), d.title(), d.notes(), d.terms(),
        d.validUntil(), d.discount(), d.deposit(), c.rounding(), c.validityDays(), c.vatRegistered()));
    c.lines().forEach(line -> events.add(new QuoteLineAdded(c.quoteId(), line)));
    return events;
  }

  private static QuoteEvent detailsChanged(ChangeQuoteDetails c) {
    QuoteDetails d = c.details();
    return new QuoteDetailsChanged(c.quoteId(), d.customerId(), d.siteId(), d.title(), d.notes(), d.terms(),
        d.validUntil(), d.discount(), d.deposit());
  }

  private static List<QuoteEvent> addLine(Draft draft, AddQuoteLine c) {
    if (draft.line(c.line().lineId()).isPresent()) {
      throw Rejection.conflict("quote.line-exists", "the quote already has line " + c.line().lineId());
    }
    if (draft.lines().size() >= MAX_LINES) {
      throw tooManyLines();
    }
    return List.of(new QuoteLineAdded(c.quoteId(), c.line()));
  }

  private static List<QuoteEvent> changeLine(Draft draft, ChangeQuoteLine c) {
    QuoteLine current = requireLine(draft, c.line().lineId());
    return current.equals(c.line()) ? List.of() : List.of(new QuoteLineChanged(c.quoteId(), c.line()));
  }

  private static QuoteIssued issue(IssueQuote c, Draft d) {
    List<QuoteLine> counted = d.lines().stream().filter(l -> !l.optional()).toList();
    if (counted.isEmpty()) {
      throw Rejection.unprocessable("quote.no-lines", "a quote needs at least one line that is not optional");
    }
    LocalDate validUntil = d.details().validUntil() != null ? d.details().validUntil() : c.today().plusDays(d.validityDays());
    if (validUntil.isBefore(c.today())) {
      throw Rejection.unprocessable("quote.valid-until-past", "the quote would be valid only until " + validUntil
          + ", which has passed");
    }
    if (validUntil.isAfter(c.today().plusDays(QuotePolicies.QuotePolicy.MAX_VALIDITY_DAYS))) {
      throw Rejection.unprocessable("quote.valid-until-too-far", "the quote would be valid until " + validUntil
          + "; a quote is valid for at most " + QuotePolicies.QuotePolicy.MAX_VALIDITY_DAYS + " days from its issue");
    }
    d.lines().forEach(QuoteDecider::requireDiscountWithinLine);
    QuoteTotals totals = price(counted, d, new VatTerms(d.rounding(), c.today(), c.vatRegistered()));
    QuoteNumber number = d.number() != null ? d.number() : Objects.requireNonNull(c.number(),
        "a first issue needs a quote number");
    // the issue that takes the number records its prefix; a revision keeps its quote's
    return new QuoteIssued(c.quoteId(), number, d.revision(), d.details().customerId(), c.today(), validUntil,
        d.lines(), d.details().discount(), d.details().deposit(), d.rounding(), totals,
        d.number() == null ? c.numberPrefix() : null);
  }

  private static QuoteAccepted accept(AcceptQuote c, Offer offer) {
    requireStillValid(offer, c.today(), "accepted");
    for (LineId taken : c.optionalLinesTaken()) {
      boolean offered = offer.lines().stream().anyMatch(l -> l.lineId().equals(taken) && l.optional());
      if (!offered) {
        throw Rejection.unprocessable("quote.not-an-optional-line", "line " + taken + " is not an optional line of this quote");
      }
    }
    List<QuoteLine> accepted = offer.lines().stream()
        .filter(l -> !l.optional() || c.optionalLinesTaken().contains(l.lineId())).toList();
    List<LineId> taken = offer.lines().stream().filter(l -> l.optional() && c.optionalLinesTaken().contains(l.lineId()))
        .map(QuoteLine::lineId).toList();
    // an issued quote keeps the rates and the registration of its tax point
    QuoteTotals totals = QuotePricing.price(accepted, offer.details().discount(), offer.details().deposit(),
        new VatTerms(offer.rounding(), offer.issuedOn(), offer.totals().vatRegistered()));
    return new QuoteAccepted(c.quoteId(), c.at(), taken, totals);
  }

  /** The totals of the counted lines, refusing a fixed discount or deposit larger than what it applies to. */
  private static QuoteTotals price(List<QuoteLine> counted, Draft d, VatTerms terms) {
    if (d.details().discount() instanceof PercentOrAmount.Amount discount) {
      Money afterLineDiscounts = afterLineDiscounts(counted);
      if (discount.amount().compareTo(afterLineDiscounts) > 0) {
        throw Rejection.unprocessable("quote.discount-exceeds-total", "the discount of " + discount.amount()
            + " is more than the quote's " + afterLineDiscounts);
      }
    }
    QuoteTotals totals = QuotePricing.price(counted, d.details().discount(), d.details().deposit(), terms);
    if (d.details().deposit() instanceof PercentOrAmount.Amount deposit && deposit.amount().compareTo(totals.gross()) > 0) {
      throw Rejection.unprocessable("quote.deposit-exceeds-total", "the deposit of " + deposit.amount()
          + " is more than the quote's total of " + totals.gross());
    }
    return totals;
  }

  /** The lines as entered (before VAT, or including it) less their own discounts: what a discount on the whole applies to. */
  private static Money afterLineDiscounts(List<QuoteLine> lines) {
    Money sum = Money.ZERO;
    for (QuoteLine line : lines) {
      Money amount = line.amount();
      sum = sum.plus(line.discount() == null ? amount : amount.minus(line.discount().of(amount)));
    }
    return sum;
  }

  private static void requireDiscountWithinLine(QuoteLine line) {
    if (line.discount() instanceof PercentOrAmount.Amount a && a.amount().compareTo(QuotePricing.lineAmount(line)) > 0) {
      throw Rejection.unprocessable("quote.discount-exceeds-line", "line " + line.lineId() + " has a discount of "
          + a.amount() + ", more than its amount of " + QuotePricing.lineAmount(line));
    }
  }

  private static void requireStillValid(Offer offer, LocalDate today, String verb) {
    if (today.isAfter(offer.validUntil())) {
      throw Rejection.conflict("quote.expired", "the quote was valid until " + offer.validUntil()
          + " and can no longer be " + verb + "; revise it to issue a new one");
    }
  }

  private static QuoteLine requireLine(Draft draft, LineId lineId) {
    return draft.line(lineId).orElseThrow(() -> Rejection.notFound("quote.line-not-found", "the quote has no line " + lineId));
  }

  private static Withdrawn withdrawn(QuoteState state, QuoteWithdrawn e) {
    if (state instanceof Draft d) {
      return new Withdrawn(d.revision(), d.number());
    }
    Offer offer = expect(Open.class, state, e).offer();
    return new Withdrawn(offer.revision(), offer.number());
  }

  private static Draft withLines(Draft d, List<QuoteLine> lines) {
    return new Draft(d.details(), lines, d.revision(), d.number(), d.rounding(), d.validityDays());
  }

  private static Rejection notDraft(QuoteState state) {
    return Rejection.conflict("quote.not-draft", "only a draft can be changed or issued; this quote is " + stateName(state));
  }

  private static Rejection notOpen(QuoteState state, String verb) {
    return Rejection.conflict("quote.not-open", "only an issued quote awaiting an answer can be " + verb
        + "; this one is " + stateName(state));
  }

  private static Rejection tooManyLines() {
    return Rejection.unprocessable("quote.too-many-lines", "a quote has at most " + MAX_LINES + " lines");
  }

  static String stateName(QuoteState state) {
    return switch (state) {
      case None n -> "not drafted";
      case Draft d -> "a draft";
      case Issued i -> "issued";
      case Viewed v -> "issued and viewed";
      case Accepted a -> "accepted";
      case Declined d -> "declined";
      case Expired e -> "expired";
      case Withdrawn w -> "withdrawn";
      case ConvertedToJob j -> "converted to a job";
    };
  }

  private static <T> T expect(Class<T> type, QuoteState state, QuoteEvent event) {
    if (!type.isInstance(state)) {
      throw unexpected(state, event);
    }
    return type.cast(state);
  }

  private static IllegalStateException unexpected(QuoteState state, QuoteEvent event) {
    return new IllegalStateException(event.getClass().getSimpleName() + " cannot follow a quote that is " + stateName(state));
  }
}
