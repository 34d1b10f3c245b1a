package app.jobmate.projections.quotes.detail;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The quote page as the API answers it: the quote's id, its version and its {@code quote_detail} document. */
public record QuoteDetailView(String quoteId, long version, @JsonUnwrapped QuoteDetail detail) {
}
