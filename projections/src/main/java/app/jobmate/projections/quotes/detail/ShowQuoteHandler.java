package app.jobmate.projections.quotes.detail;

import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.query.CustomerNames;
import app.jobmate.projections.query.CustomerSites.SiteAddress;
import app.jobmate.projections.query.CustomerSites;
import java.util.Optional;
import java.util.Set;

/**
 * Answers {@link ShowQuote}: the quote page, or nothing when the tenant has no such quote; the
 * customer's name and the site's address are joined at query time ({@link CustomerNames}, {@link CustomerSites}).
 */
public final class ShowQuoteHandler {

  private final ReadModels readModels;
  private final CustomerNames customers;
  private final CustomerSites sites;

  public ShowQuoteHandler(ReadModels readModels, CustomerNames customers, CustomerSites sites) {
    this.readModels = readModels;
    this.customers = customers;
    this.sites = sites;
  }

  public Optional<QuoteDetailView> handle(ShowQuote query) {
    return readModels.findActive(QuoteDetailProjection.NAME, QuoteDetail.class,
            DocumentId.of(query.tenantId(), query.quoteId()))
        .map(quote -> {
          String customer = quote.document().customerId();
          String name = customer == null ? null
              : customers.namesOf(query.tenantId(), Set.of(customer)).get(customer);
          String site = quote.document().siteId();
          SiteAddress address = customer == null || site == null ? null
              : sites.addressOf(query.tenantId(), customer, site).orElse(null);
          return new QuoteDetailView(quote.streamId(), quote.version(), name, address, quote.document());
        });
  }
}
