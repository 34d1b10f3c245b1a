package app.jobmate.projections.quotes.list;

import app.jobmate.events.quotes.QuoteEvents;
import static app.jobmate.projections.quotes.QuoteTimes.londonDate;
import static app.jobmate.projections.quotes.QuoteTimes.stored;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.quotes.DeclineReason;
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
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.quotes.QuoteTotals;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.quotes.QuoteStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The quotes list. It does not take line events: a draft's lines are not in the list, and its
 * amounts are those of the last issue. Those events still advance the document's version (see
 * {@link Projection}).
 */
public final class QuoteListProjection implements Projection<QuoteListItem, QuoteEvent> {

  public static final String NAME = "quote_list";

  private static final Set<String> NOT_TAKEN = Stream.of(QuoteLineAdded.class, QuoteLineChanged.class, QuoteLineRemoved.class)
      .map(type -> EventTypes.of(type).name())
      .collect(Collectors.toUnmodifiableSet());
  private static final Set<String> TAKEN = EventTypes.namesOf(QuoteEvents.STREAM).stream()
      .filter(name -> !NOT_TAKEN.contains(name))
      .collect(Collectors.toUnmodifiableSet());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<QuoteListItem> documentType() {
    return QuoteListItem.class;
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
  public QuoteListItem evolve(QuoteListItem item, EventEnvelope envelope, QuoteEvent event) {
    Instant at = stored(envelope.occurredAt());
    if (item == null) {
      if (!(event instanceof QuoteDrafted drafted)) {
        throw new IllegalStateException("a quote starts with QuoteDrafted, not " + envelope.eventType());
      }
      return new Builder().drafted(drafted, at).build();
    }
    Builder b = new Builder(item);
    b.updatedAt = at;
    switch (event) {
      case QuoteDrafted e -> throw new IllegalStateException("quote " + e.quoteId() + " is drafted twice");
      case QuoteDetailsChanged e -> {
        b.title = e.title();
        b.customerId = e.customerId().toString();
        if (b.state == QuoteStatus.DRAFT) {
          b.validUntil = e.validUntil();
        }
      }
      // not taken (see eventTypes): the projector only advances the version
      case QuoteLineAdded e -> {
        return item;
      }
      case QuoteLineChanged e -> {
        return item;
      }
      case QuoteLineRemoved e -> {
        return item;
      }
      case QuoteIssued e -> {
        b.state = QuoteStatus.ISSUED;
        // the issue that took the number says its prefix; a revision keeps the one already shown
        String prefix = e.numberPrefix() != null ? e.numberPrefix()
            : b.number == null ? null : QuoteNumber.of(b.number).prefixIn(b.displayNumber, b.revision);
        b.number = e.number().value();
        b.revision = e.revision();
        b.displayNumber = e.number().display(prefix, e.revision());
        b.customerId = e.customerId().toString();
        b.totals(e.totals());
        if (b.firstIssuedAt == null) {
          b.firstIssuedAt = at;
          b.firstIssuedOn = e.issuedOn();
        }
        b.issuedOn = e.issuedOn();
        b.validUntil = e.validUntil();
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
        b.totals(e.totals());
        b.acceptedAt = stored(e.acceptedAt());
        b.acceptedOn = londonDate(e.acceptedAt());
        b.millisToAccept = b.firstIssuedAt == null ? null
            : Math.max(0, Duration.between(b.firstIssuedAt, b.acceptedAt).toMillis());
      }
      case QuoteDeclined e -> {
        b.state = QuoteStatus.DECLINED;
        b.declinedAt = stored(e.declinedAt());
        b.declinedOn = londonDate(e.declinedAt());
        b.declineReason = e.reason();
      }
      case QuoteExpired e -> {
        b.state = QuoteStatus.EXPIRED;
        b.expiredAt = at;
      }
      case QuoteWithdrawn e -> {
        b.state = QuoteStatus.WITHDRAWN;
        b.withdrawnAt = stored(e.withdrawnAt());
      }
      case QuoteRevised e -> {
        b.state = QuoteStatus.DRAFT;
        String prefix = b.number == null ? null : QuoteNumber.of(b.number).prefixIn(b.displayNumber, b.revision);
        b.revision = e.revision();
        b.displayNumber = b.number == null ? null : QuoteNumber.of(b.number).display(prefix, e.revision());
      }
      case QuoteConvertedToJob e -> b.jobId = e.jobId().toString();
    }
    return b.build();
  }

  /** A working copy of an item: evolve changes what an event changes and builds the next item. */
  private static final class Builder {
    String title;
    String customerId;
    QuoteStatus state;
    Long number;
    int revision;
    String displayNumber;
    Long net;
    Long vat;
    Long gross;
    Long deposit;
    Instant draftedAt;
    LocalDate draftedOn;
    Instant firstIssuedAt;
    LocalDate firstIssuedOn;
    LocalDate issuedOn;
    LocalDate validUntil;
    Instant viewedAt;
    Instant acceptedAt;
    LocalDate acceptedOn;
    Long millisToAccept;
    Instant declinedAt;
    LocalDate declinedOn;
    DeclineReason declineReason;
    Instant expiredAt;
    Instant withdrawnAt;
    String jobId;
    Instant updatedAt;

    Builder() {
    }

    Builder(QuoteListItem i) {
      title = i.title();
      customerId = i.customerId();
      state = i.state();
      number = i.number();
      revision = i.revision();
      displayNumber = i.displayNumber();
      net = i.net();
      vat = i.vat();
      gross = i.gross();
      deposit = i.deposit();
      draftedAt = i.draftedAt();
      draftedOn = i.draftedOn();
      firstIssuedAt = i.firstIssuedAt();
      firstIssuedOn = i.firstIssuedOn();
      issuedOn = i.issuedOn();
      validUntil = i.validUntil();
      viewedAt = i.viewedAt();
      acceptedAt = i.acceptedAt();
      acceptedOn = i.acceptedOn();
      millisToAccept = i.millisToAccept();
      declinedAt = i.declinedAt();
      declinedOn = i.declinedOn();
      declineReason = i.declineReason();
      expiredAt = i.expiredAt();
      withdrawnAt = i.withdrawnAt();
      jobId = i.jobId();
      updatedAt = i.updatedAt();
    }

    Builder drafted(QuoteDrafted e, Instant at) {
      title = e.title();
      customerId = e.customerId().toString();
      state = QuoteStatus.DRAFT;
      revision = 1;
      draftedAt = at;
      draftedOn = londonDate(at);
      validUntil = e.validUntil();
      updatedAt = at;
      return this;
    }

    void totals(QuoteTotals totals) {
      net = totals.net().pence();
      vat = totals.vatTotal().pence();
      gross = totals.gross().pence();
      deposit = totals.deposit().pence();
    }

    QuoteListItem build() {
      return new QuoteListItem(title, customerId, state, number, revision, displayNumber, net, vat, gross, deposit,
          draftedAt, draftedOn, firstIssuedAt, firstIssuedOn, issuedOn, validUntil, viewedAt, acceptedAt, acceptedOn,
          millisToAccept, declinedAt, declinedOn, declineReason, expiredAt, withdrawnAt, jobId, updatedAt);
    }
  }
}
