package app.jobmate.projections.quotes.detail;

import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.query.CustomerNames;
import java.util.Optional;
import java.util.Set;

/**
 * Answers {@link ShowQuote}: the quote page, or nothing when the tenant has no such quote; the
 * customer's name is joined at query time ({@link CustomerNames}).
 */
public final class ShowQuoteHandler {

  private final ReadModels readModels;
  private final CustomerNames customers;

  public ShowQuoteHandler(ReadModels readModels, CustomerNames customers) {
    this.readModels = readModels;
    this.customers = customers;
  }

  public Optional<QuoteDetailView> handle(ShowQuote query) {
    return readModels.findActive(QuoteDetailProjection.NAME, QuoteDetail.class,
            DocumentId.of(query.tenantId(), query.quoteId()))
        .map(quote -> {
          String customer = quote.document().customerId();
          String name = customer == null ? null
              : customers.namesOf(query.tenantId(), Set.of(customer)).get(customer);
          return new QuoteDetailView(quote.streamId(), quote.version(), name, quote.document());
        });
  }
}
