package app.jobmate.projections.quotes.detail;

import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.ReadModels;
import java.util.Optional;

/** Answers {@link ShowQuote}: the quote page, or nothing when the tenant has no such quote. */
public final class ShowQuoteHandler {

  private final ReadModels readModels;

  public ShowQuoteHandler(ReadModels readModels) {
    this.readModels = readModels;
  }

  public Optional<QuoteDetailView> handle(ShowQuote query) {
    return readModels.findActive(QuoteDetailProjection.NAME, QuoteDetail.class,
            DocumentId.of(query.tenantId(), query.quoteId()))
        .map(quote -> new QuoteDetailView(quote.streamId(), quote.version(), quote.document()));
  }
}
