package app.jobmate.projections.adapter.memory;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.query.CustomerSites;
import app.jobmate.projections.query.CustomerSites.SiteAddress;
import app.jobmate.projections.query.CustomerSitesContract;
import java.util.List;

class InMemoryCustomerSitesTest extends CustomerSitesContract {

  private final InMemoryCustomerSites sites = new InMemoryCustomerSites();

  @Override
  protected CustomerSites sites() {
    return sites;
  }

  @Override
  protected void inBook(TenantId tenant, String customerId, List<SiteAddress> addresses) {
    sites.customer(tenant, customerId, addresses);
  }

  @Override
  protected void merged(TenantId tenant, String customerId, List<SiteAddress> addresses, String survivor) {
    sites.customer(tenant, customerId, addresses).merged(tenant, customerId, survivor);
  }

  @Override
  protected void erased(TenantId tenant, String customerId) {
    sites.erased(tenant, customerId);
  }
}
