package app.jobmate.events.quotes;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.SiteId;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What happens to a quote. Life cycle: Draft -> Issued -> (Viewed) -> Accepted | Declined | Expired,
 * or Withdrawn; a revision returns an issued quote to draft under the same number.
 * Optional fields are absent (not null) on the wire; a blank optional text is absent too.
 * Each record refuses what its JSON Schema ({@code schemas/quotes/<Name>.v<N>.json}) would reject,
 * so that an event that can be built can be published.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface QuoteEvent extends DomainEvent {

  int MAX_TITLE = 200;
  /** Notes and terms: a page or two of text. */
  int MAX_TEXT = 10_000;
  /** Why a quote was declined or withdrawn. */
  int MAX_REASON = 2_000;
  /** A tenant's quote validity, in days (docs/business-rules.md: default 30). */
  int MAX_VALIDITY_DAYS = 365;

  QuoteId quoteId();

  /**
   * A new draft, with the tenant's pricing policy when it was drafted: rounding, validity, and
   * whether the business was VAT registered (absent in events recorded before that was: registered).
   */
  record QuoteDrafted(QuoteId quoteId, CustomerId customerId, SiteId siteId, String title, String notes,
                      String terms, LocalDate validUntil, PercentOrAmount discount, PercentOrAmount deposit,
                      RoundingPolicy roundingPolicy, int validityDays, Boolean vatRegistered) implements QuoteEvent {
    public QuoteDrafted {
      required(quoteId, "quoteId");
      required(customerId, "customerId");
      title = requiredTitle(title);
      notes = optionalText(notes, MAX_TEXT, "notes");
      terms = optionalText(terms, MAX_TEXT, "terms");
      required(roundingPolicy, "roundingPolicy");
      if (validityDays < 1 || validityDays > MAX_VALIDITY_DAYS) {
        throw new IllegalArgumentException("validityDays must be 1 to " + MAX_VALIDITY_DAYS);
      }
    }

    /** Whether the business was VAT registered; an event that does not say was drafted when all were. */
    public boolean registeredForVat() {
      return !Boolean.FALSE.equals(vatRegistered);
    }

    /** A draft of a VAT-registered business. */
    public QuoteDrafted(QuoteId quoteId, CustomerId customerId, SiteId siteId, String title, String notes, String terms,
                        LocalDate validUntil, PercentOrAmount discount, PercentOrAmount deposit,
                        RoundingPolicy roundingPolicy, int validityDays) {
      this(quoteId, customerId, siteId, title, notes, terms, validUntil, discount, deposit, roundingPolicy, validityDays,
          true);
    }
  }

  /** The draft's details after the change, whole: absent optional fields were cleared. */
  record QuoteDetailsChanged(QuoteId quoteId, CustomerId customerId, SiteId siteId, String title, String notes,
                             String terms, LocalDate validUntil, PercentOrAmount discount,
                             PercentOrAmount deposit) implements QuoteEvent {
    public QuoteDetailsChanged {
      required(quoteId, "quoteId");
      required(customerId, "customerId");
      title = requiredTitle(title);
      notes = optionalText(notes, MAX_TEXT, "notes");
      terms = optionalText(terms, MAX_TEXT, "terms");
    }
  }

  record QuoteLineAdded(QuoteId quoteId, QuoteLine line) implements QuoteEvent {
    public QuoteLineAdded {
      required(quoteId, "quoteId");
      required(line, "line");
    }
  }

  record QuoteLineChanged(QuoteId quoteId, QuoteLine line) implements QuoteEvent {
    public QuoteLineChanged {
      required(quoteId, "quoteId");
      required(line, "line");
    }
  }

  record QuoteLineRemoved(QuoteId quoteId, LineId lineId) implements QuoteEvent {
    public QuoteLineRemoved {
      required(quoteId, "quoteId");
      required(lineId, "lineId");
    }
  }

  /** Lines frozen and totals computed by the quote's rounding policy; optional lines are not in the totals. */
  record QuoteIssued(QuoteId quoteId, QuoteNumber number, int revision, CustomerId customerId, LocalDate issuedOn,
                     LocalDate validUntil, List<QuoteLine> lines, PercentOrAmount discount, PercentOrAmount deposit,
                     RoundingPolicy roundingPolicy, QuoteTotals totals, String numberPrefix) implements QuoteEvent {

    /** An issue that records no prefix: a revision (it keeps its quote's), or one before prefixes were recorded. */
    public QuoteIssued(QuoteId quoteId, QuoteNumber number, int revision, CustomerId customerId, LocalDate issuedOn,
                       LocalDate validUntil, List<QuoteLine> lines, PercentOrAmount discount, PercentOrAmount deposit,
                       RoundingPolicy roundingPolicy, QuoteTotals totals) {
      this(quoteId, number, revision, customerId, issuedOn, validUntil, lines, discount, deposit, roundingPolicy, totals,
          null);
    }

    public QuoteIssued {
      if (numberPrefix != null && !QuoteNumber.PREFIX.matcher(numberPrefix).matches()) {
        throw new IllegalArgumentException("numberPrefix must be 1 to 10 capitals, digits, - or /, a letter first");
      }
      required(quoteId, "quoteId");
      required(number, "number");
      if (revision < 1) {
        throw new IllegalArgumentException("revision starts at 1");
      }
      required(customerId, "customerId");
      required(issuedOn, "issuedOn");
      required(validUntil, "validUntil");
      lines = List.copyOf(required(lines, "lines"));
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("an issued quote has at least one line");
      }
      required(roundingPolicy, "roundingPolicy");
      required(totals, "totals");
    }
  }

  record QuoteViewed(QuoteId quoteId, Instant viewedAt) implements QuoteEvent {
    public QuoteViewed {
      required(quoteId, "quoteId");
      required(viewedAt, "viewedAt");
    }
  }

  /** Totals of what was accepted: the issued lines plus the optional lines the customer took. */
  record QuoteAccepted(QuoteId quoteId, Instant acceptedAt, List<LineId> optionalLinesTaken, QuoteTotals totals)
      implements QuoteEvent {
    public QuoteAccepted {
      required(quoteId, "quoteId");
      required(acceptedAt, "acceptedAt");
      optionalLinesTaken = List.copyOf(required(optionalLinesTaken, "optionalLinesTaken"));
      if (optionalLinesTaken.stream().distinct().count() != optionalLinesTaken.size()) {
        throw new IllegalArgumentException("an optional line is taken once");
      }
      required(totals, "totals");
    }
  }

  /** Schema version 2: version 1 carried only a free-text reason (see the upcaster). */
  record QuoteDeclined(QuoteId quoteId, Instant declinedAt, DeclineReason reason, String note) implements QuoteEvent {
    public QuoteDeclined {
      required(quoteId, "quoteId");
      required(declinedAt, "declinedAt");
      required(reason, "reason");
      note = optionalText(note, MAX_REASON, "note");
    }
  }

  record QuoteExpired(QuoteId quoteId, LocalDate validUntil) implements QuoteEvent {
    public QuoteExpired {
      required(quoteId, "quoteId");
      required(validUntil, "validUntil");
    }
  }

  record QuoteWithdrawn(QuoteId quoteId, Instant withdrawnAt, String reason) implements QuoteEvent {
    public QuoteWithdrawn {
      required(quoteId, "quoteId");
      required(withdrawnAt, "withdrawnAt");
      reason = optionalText(reason, MAX_REASON, "reason");
    }
  }

  /** A new revision, back in draft with the lines of the last one, under the same number. */
  record QuoteRevised(QuoteId quoteId, int revision) implements QuoteEvent {
    public QuoteRevised {
      required(quoteId, "quoteId");
      if (revision < 2) {
        throw new IllegalArgumentException("a revised quote's revision is 2 or more");
      }
    }
  }

  record QuoteConvertedToJob(QuoteId quoteId, JobId jobId) implements QuoteEvent {
    public QuoteConvertedToJob {
      required(quoteId, "quoteId");
      required(jobId, "jobId");
    }
  }

  private static <T> T required(T value, String name) {
    return Require.present(value, name);
  }

  private static String requiredTitle(String title) {
    return Require.text(title, MAX_TITLE, "title");
  }

  private static String optionalText(String text, int max, String name) {
    return Require.optionalText(text, max, name);
  }
}
