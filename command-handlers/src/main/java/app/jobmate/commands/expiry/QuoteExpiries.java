package app.jobmate.commands.expiry;

import app.jobmate.commands.expiry.DueQuote.Position;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The expiry index: which quotes are open, and from which day each is due to expire. It is fed by
 * quote events that arrive at least once and in any order, so it keeps one record per quote with
 * the stream version that wrote it, and a write at that version or an older one changes nothing.
 * A quote no longer open keeps a record of the version that closed it (for a while), so that a
 * late, older event cannot open it again.
 */
public interface QuoteExpiries {

  /**
   * At stream version {@code version} the quote is open until {@code validUntil}.
   *
   * @return false, writing nothing, when the index holds this version of the quote or a later one
   */
  boolean recordOpen(TenantId tenant, QuoteId quote, long version, LocalDate validUntil);

  /**
   * At stream version {@code version} the quote is no longer open (answered, expired, withdrawn,
   * revised or converted), as of {@code at}.
   *
   * @return false, writing nothing, when the index holds this version of the quote or a later one
   */
  boolean recordClosed(TenantId tenant, QuoteId quote, long version, Instant at);

  /**
   * The open quotes due on or before {@code today} (their day is {@code <= today}) in position
   * order, from just after {@code after} when given, at most {@code limit} of them. Fewer than
   * {@code limit} means there are no more.
   */
  List<DueQuote> due(LocalDate today, Optional<Position> after, int limit);

  /**
   * Takes {@code due} out of the index, as of {@code at}, if the index still holds exactly that
   * version of it: the sweep has expired it, or found it no longer open.
   *
   * @return false, writing nothing, when the quote's record has changed since it was read
   */
  boolean remove(DueQuote due, Instant at);
}
