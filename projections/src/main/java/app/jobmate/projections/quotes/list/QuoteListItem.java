package app.jobmate.projections.quotes.list;

import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.projections.quotes.QuoteStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A quote as the quotes list shows it, one per quote (collection {@code quote_list}). Amounts are
 * pence from the latest issued or accepted totals, absent until the quote is first issued. The
 * {@code ...On} dates are days in London, for the date filters and the pipeline's period.
 *
 * @param number         the quote number, absent until first issued
 * @param displayNumber  as printed: {@code Q-00042}, or {@code Q-00042/2} for revision 2
 * @param millisToAccept from the first issue to the acceptance, for the pipeline's average time to accept
 * @param updatedAt      the time of the last event that changed what the list shows
 */
public record QuoteListItem(String title, String customerId, QuoteStatus state, Long number, int revision,
                            String displayNumber, Long net, Long vat, Long gross, Long deposit, Instant draftedAt,
                            LocalDate draftedOn, Instant firstIssuedAt, LocalDate firstIssuedOn, LocalDate issuedOn,
                            LocalDate validUntil, Instant viewedAt, Instant acceptedAt, LocalDate acceptedOn,
                            Long millisToAccept, Instant declinedAt, LocalDate declinedOn, DeclineReason declineReason,
                            Instant expiredAt, Instant withdrawnAt, String jobId, Instant updatedAt) {
}
