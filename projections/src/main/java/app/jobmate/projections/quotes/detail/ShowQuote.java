package app.jobmate.projections.quotes.detail;

import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.TenantId;

/** The quote page of one quote of a tenant. */
public record ShowQuote(TenantId tenantId, QuoteId quoteId) {

  public ShowQuote {
    if (tenantId == null || quoteId == null) {
      throw new IllegalArgumentException("tenantId and quoteId are required");
    }
  }
}
