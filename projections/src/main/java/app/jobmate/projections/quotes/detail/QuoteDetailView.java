package app.jobmate.projections.quotes.detail;

import app.jobmate.projections.query.CustomerSites.SiteAddress;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The quote page as the API answers it: the quote's id, its version, its customer's name as the
 * customer book has it now (absent when the book does not have it yet), the address of its site as the
 * book has it now (absent without a site, or once the customer is erased), and its {@code quote_detail}
 * document.
 */
public record QuoteDetailView(String quoteId, long version, String customerName, SiteAddress site,
                              @JsonUnwrapped QuoteDetail detail) {
}
