package app.jobmate.projections.quotes.detail;

import app.jobmate.events.quotes.QuoteEvents;
import static app.jobmate.projections.quotes.QuoteTimes.stored;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
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
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.quotes.QuotePricing;
import app.jobmate.events.quotes.QuoteTotals;
import app.jobmate.events.quotes.VatTerms;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.quotes.VatSummary;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Percentage;
import app.jobmate.events.values.Quantity;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.quotes.QuoteStatus;
import app.jobmate.projections.quotes.QuoteTimes;
import app.jobmate.projections.quotes.detail.QuoteDetail.Adjustment;
import app.jobmate.projections.quotes.detail.QuoteDetail.HistoryEntry;
import app.jobmate.projections.quotes.detail.QuoteDetail.Line;
import app.jobmate.projections.quotes.detail.QuoteDetail.Totals;
import app.jobmate.projections.quotes.detail.QuoteDetail.TotalsBasis;
import app.jobmate.projections.quotes.detail.QuoteDetail.Warning;
import app.jobmate.projections.quotes.detail.QuoteDetail.VatLine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The quote page: takes every quote event. */
public final class QuoteDetailProjection implements Projection<QuoteDetail, QuoteEvent> {

  public static final String NAME = "quote_detail";

  private static final Set<String> TAKEN = EventTypes.namesOf(QuoteEvents.STREAM);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<QuoteDetail> documentType() {
    return QuoteDetail.class;
  }

  @Override
  public Class<QuoteEvent> eventClass() {
    return QuoteEvent.class;
  }

  @Override
  public String streamType() {
    return QuoteEvents.STREAM;
  }

  @Override
  public Set<String> eventTypes() {
    return TAKEN;
  }

  @Override
  public QuoteDetail evolve(QuoteDetail detail, EventEnvelope envelope, QuoteEvent event) {
    Instant at = stored(envelope.occurredAt());
    LocalDate day = LocalDate.ofInstant(envelope.occurredAt(), QuoteTimes.LONDON);
    Builder b;
    if (detail == null) {
      if (!(event instanceof QuoteDrafted drafted)) {
        throw new IllegalStateException("a quote starts with QuoteDrafted, not " + envelope.eventType());
      }
      b = new Builder().drafted(drafted, at);
    } else {
      b = new Builder(detail);
      if (b.frozen == null) {
        b.pricedOn = day;
      }
      switch (event) {
        case QuoteDrafted e -> throw new IllegalStateException("quote " + e.quoteId() + " is drafted twice");
        case QuoteDetailsChanged e -> {
          b.customerId = e.customerId().toString();
          b.siteId = e.siteId() == null ? null : e.siteId().toString();
          b.title = e.title();
          b.notes = e.notes();
          b.terms = e.terms();
          b.validUntil = e.validUntil();
          b.discount = e.discount();
          b.deposit = e.deposit();
        }
        case QuoteLineAdded e -> b.lines.add(e.line());
        case QuoteLineChanged e -> b.lines.replaceAll(l -> l.lineId().equals(e.line().lineId()) ? e.line() : l);
        case QuoteLineRemoved e -> b.lines.removeIf(l -> l.lineId().equals(e.lineId()));
        case QuoteIssued e -> {
          b.state = QuoteStatus.ISSUED;
          if (e.numberPrefix() != null) {
            b.numberPrefix = e.numberPrefix();
          }
          b.number = e.number().value();
          b.revision = e.revision();
          b.customerId = e.customerId().toString();
          b.lines = new ArrayList<>(e.lines());
          b.discount = e.discount();
          b.deposit = e.deposit();
          b.roundingPolicy = e.roundingPolicy();
          b.validUntil = e.validUntil();
          b.frozen = totals(e.totals());
          b.vatRegistered = e.totals().vatRegistered();
          b.pricedOn = e.issuedOn();
          b.totalsBasis = TotalsBasis.ISSUED;
          b.optionalLinesTaken = List.of();
          if (b.firstIssuedOn == null) {
            b.firstIssuedOn = e.issuedOn();
          }
          b.issuedOn = e.issuedOn();
        }
        case QuoteViewed e -> {
          if (b.state == QuoteStatus.ISSUED) {
            b.state = QuoteStatus.VIEWED;
          }
          if (b.viewedAt == null) {
            b.viewedAt = stored(e.viewedAt());
          }
        }
        case QuoteAccepted e -> {
          b.state = QuoteStatus.ACCEPTED;
          b.acceptedAt = stored(e.acceptedAt());
          b.optionalLinesTaken = e.optionalLinesTaken().stream().map(LineId::toString).toList();
          b.frozen = totals(e.totals());
          b.totalsBasis = TotalsBasis.ACCEPTED;
        }
        case QuoteDeclined e -> {
          b.state = QuoteStatus.DECLINED;
          b.declinedAt = stored(e.declinedAt());
          b.declineReason = e.reason();
          b.declineNote = e.note();
        }
        case QuoteExpired e -> {
          b.state = QuoteStatus.EXPIRED;
          b.expiredAt = at;
        }
        case QuoteWithdrawn e -> {
          b.state = QuoteStatus.WITHDRAWN;
          b.withdrawnAt = stored(e.withdrawnAt());
          b.withdrawalReason = e.reason();
        }
        case QuoteRevised e -> {
          b.state = QuoteStatus.DRAFT;
          b.revision = e.revision();
          b.frozen = null;
          b.totalsBasis = TotalsBasis.DRAFT;
          b.optionalLinesTaken = List.of();
        }
        case QuoteConvertedToJob e -> b.jobId = e.jobId().toString();
      }
    }
    if (changesState(event)) {
      b.history.add(new HistoryEntry(envelope.version(), envelope.eventType(), b.state, b.revision, at,
          envelope.actor() == null ? null : envelope.actor().userId().value(),
          envelope.actor() == null ? List.of() : envelope.actor().roles()));
    }
    return b.build();
  }

  /** The events of the state history: every event but the edits of a draft's details and lines. */
  private static boolean changesState(QuoteEvent event) {
    return switch (event) {
      case QuoteDrafted e -> true;
      case QuoteDetailsChanged e -> false;
      case QuoteLineAdded e -> false;
      case QuoteLineChanged e -> false;
      case QuoteLineRemoved e -> false;
      case QuoteIssued e -> true;
      case QuoteViewed e -> true;
      case QuoteAccepted e -> true;
      case QuoteDeclined e -> true;
      case QuoteExpired e -> true;
      case QuoteWithdrawn e -> true;
      case QuoteRevised e -> true;
      case QuoteConvertedToJob e -> true;
    };
  }

  private static Totals totals(QuoteTotals t) {
    List<VatLine> vat = t.vat().stream().map(QuoteDetailProjection::vatLine).toList();
    return new Totals(t.subtotal().pence(), t.discount().pence(), t.net().pence(), vat, t.vatTotal().pence(),
        t.gross().pence(), t.deposit().pence(), t.outsideScope().pence(), t.reverseChargeVat().pence());
  }

  private static VatLine vatLine(VatSummary v) {
    return new VatLine(v.vatCode(), v.ratePercent(), v.net().pence(), v.vat().pence(), v.reverseChargeVat().pence());
  }

  private static Adjustment adjustment(PercentOrAmount value) {
    return switch (value) {
      case null -> null;
      case PercentOrAmount.Percent p -> new Adjustment(p.percent().value(), null);
      case PercentOrAmount.Amount a -> new Adjustment(null, a.amount().pence());
    };
  }

  private static PercentOrAmount percentOrAmount(Adjustment adjustment) {
    if (adjustment == null) {
      return null;
    }
    return adjustment.percent() != null ? new PercentOrAmount.Percent(Percentage.of(adjustment.percent()))
        : new PercentOrAmount.Amount(Money.ofPence(adjustment.amount()));
  }

  private static Line line(QuoteLine l) {
    return new Line(l.lineId().toString(), l.description(), l.quantity().value(), l.unitPrice().pence(), l.vatCode(),
        adjustment(l.discount()), l.optional(), l.amount().pence(), l.pricesIncludeVat());
  }

  private static QuoteLine quoteLine(Line l) {
    return new QuoteLine(LineId.of(l.lineId()), l.description(), Quantity.of(l.quantity()), Money.ofPence(l.unitPrice()),
        l.vatCode(), percentOrAmount(l.discount()), l.optional(), Boolean.TRUE.equals(l.pricesIncludeVat()));
  }

  /**
   * A working copy of a detail, with the lines, discount and deposit as the published language has
   * them so that a draft is priced exactly as issuing will price it.
   */
  private static final class Builder {
    Long number;
    /** The prefix the number was taken with; absent: the default. */
    String numberPrefix;
    int revision;
    QuoteStatus state;
    String customerId;
    String siteId;
    String title;
    String notes;
    String terms;
    LocalDate validUntil;
    int validityDays;
    RoundingPolicy roundingPolicy;
    PercentOrAmount discount;
    PercentOrAmount deposit;
    List<QuoteLine> lines = new ArrayList<>();
    Totals frozen;
    TotalsBasis totalsBasis;
    boolean vatRegistered = true;
    LocalDate pricedOn;
    List<String> optionalLinesTaken = List.of();
    Instant draftedAt;
    LocalDate firstIssuedOn;
    LocalDate issuedOn;
    Instant viewedAt;
    Instant acceptedAt;
    Instant declinedAt;
    DeclineReason declineReason;
    String declineNote;
    Instant expiredAt;
    Instant withdrawnAt;
    String withdrawalReason;
    String jobId;
    List<HistoryEntry> history = new ArrayList<>();

    Builder() {
    }

    Builder(QuoteDetail d) {
      number = d.number();
      numberPrefix = d.number() == null ? null : QuoteNumber.of(d.number()).prefixIn(d.displayNumber(), d.revision());
      revision = d.revision();
      state = d.state();
      customerId = d.customerId();
      siteId = d.siteId();
      title = d.title();
      notes = d.notes();
      terms = d.terms();
      validUntil = d.validUntil();
      validityDays = d.validityDays();
      roundingPolicy = d.roundingPolicy();
      discount = percentOrAmount(d.discount());
      deposit = percentOrAmount(d.deposit());
      lines = new ArrayList<>(d.lines().stream().map(QuoteDetailProjection::quoteLine).toList());
      frozen = d.totalsBasis() == TotalsBasis.DRAFT ? null : d.totals();
      totalsBasis = d.totalsBasis();
      optionalLinesTaken = d.optionalLinesTaken();
      draftedAt = d.draftedAt();
      firstIssuedOn = d.firstIssuedOn();
      issuedOn = d.issuedOn();
      viewedAt = d.viewedAt();
      acceptedAt = d.acceptedAt();
      declinedAt = d.declinedAt();
      declineReason = d.declineReason();
      declineNote = d.declineNote();
      expiredAt = d.expiredAt();
      withdrawnAt = d.withdrawnAt();
      withdrawalReason = d.withdrawalReason();
      jobId = d.jobId();
      history = new ArrayList<>(d.history());
      vatRegistered = !Boolean.FALSE.equals(d.vatRegistered());
      pricedOn = d.pricedOn() != null ? d.pricedOn() : d.draftedAt() == null ? null
          : LocalDate.ofInstant(d.draftedAt(), QuoteTimes.LONDON);
    }

    Builder drafted(QuoteDrafted e, Instant at) {
      revision = 1;
      state = QuoteStatus.DRAFT;
      customerId = e.customerId().toString();
      siteId = e.siteId() == null ? null : e.siteId().toString();
      title = e.title();
      notes = e.notes();
      terms = e.terms();
      validUntil = e.validUntil();
      validityDays = e.validityDays();
      roundingPolicy = e.roundingPolicy();
      discount = e.discount();
      deposit = e.deposit();
      totalsBasis = TotalsBasis.DRAFT;
      draftedAt = at;
      vatRegistered = e.registeredForVat();
      pricedOn = LocalDate.ofInstant(at, QuoteTimes.LONDON);
      return this;
    }

    QuoteDetail build() {
      List<QuoteLine> counted = lines.stream().filter(l -> !l.optional()).toList();
      VatTerms vatTerms = new VatTerms(roundingPolicy, pricedOn, vatRegistered);
      Totals totals = frozen != null ? frozen : totals(QuotePricing.price(counted, discount, deposit, vatTerms));
      List<Warning> warnings = frozen != null ? List.of() : QuotePricing.warnings(counted, discount, deposit, vatTerms)
          .stream().map(w -> new Warning(w.code(), w.lineId() == null ? null : w.lineId().toString(), w.message()))
          .toList();
      return new QuoteDetail(number, revision, number == null ? null : QuoteNumber.of(number).display(numberPrefix, revision), state,
          customerId, siteId, title, notes, terms, validUntil, validityDays, roundingPolicy, adjustment(discount),
          adjustment(deposit), lines.stream().map(QuoteDetailProjection::line).toList(), totals, totalsBasis,
          optionalLinesTaken, draftedAt, firstIssuedOn, issuedOn, viewedAt, acceptedAt, declinedAt, declineReason,
          declineNote, expiredAt, withdrawnAt, withdrawalReason, jobId, history, vatRegistered, pricedOn, warnings);
    }
  }
}
