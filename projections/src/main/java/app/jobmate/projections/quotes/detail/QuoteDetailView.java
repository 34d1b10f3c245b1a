package app.jobmate.projections.quotes.detail;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The quote page as the API answers it: the quote's id, its version, its customer's name as the
 * customer book has it now (absent when the book does not have it yet), and its {@code quote_detail}
 * document.
 */
public record QuoteDetailView(String quoteId, long version, String customerName, @JsonUnwrapped QuoteDetail detail) {
}
