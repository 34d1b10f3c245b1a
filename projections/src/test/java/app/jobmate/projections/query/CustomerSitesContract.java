package app.jobmate.projections.query;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.query.CustomerSites.SiteAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of {@link CustomerSites} answers: the address the tenant's customer book has now
 * for the customer's site; nothing for another customer's site, another tenant's, an erased customer's,
 * or a merged one's whose survivor was erased. One subclass per adapter.
 */
public abstract class CustomerSitesContract {

  protected static final TenantId ACME = TenantId.of("t-acme");
  protected static final TenantId BRAVO = TenantId.of("t-bravo");
  private static final String ZOE = "0193a5a0-0001-7abc-8def-0123456789ab";
  private static final String MILL = "0193a5a0-0002-7abc-8def-0123456789ab";
  private static final String HOME = "0193a5a0-0101-7abc-8def-0123456789ab";
  private static final String FLAT = "0193a5a0-0102-7abc-8def-0123456789ab";
  private static final SiteAddress HOME_ADDRESS = new SiteAddress(HOME, List.of("12 Mill Lane"), "Leeds", "LS1 4AP",
      "Side gate; key safe by the back door");
  private static final SiteAddress FLAT_ADDRESS = new SiteAddress(FLAT, List.of("Flat 3", "9 High St"), "York", "YO1 7HH",
      null);

  protected abstract CustomerSites sites();

  /** The customer as the customer book keeps it now, active with these sites. */
  protected abstract void inBook(TenantId tenant, String customerId, List<SiteAddress> sites);

  /** The customer (keeping its sites) merged into the survivor. */
  protected abstract void merged(TenantId tenant, String customerId, List<SiteAddress> sites, String survivor);

  /** The customer erased. */
  protected abstract void erased(TenantId tenant, String customerId);

  @Test
  void a_customers_site_has_the_address_the_book_has_now() {
    inBook(ACME, ZOE, List.of(HOME_ADDRESS, FLAT_ADDRESS));
    assertThat(sites().addressOf(ACME, ZOE, FLAT)).contains(FLAT_ADDRESS);

    SiteAddress corrected = new SiteAddress(FLAT, List.of("Flat 3A", "9 High St"), "York", "YO1 7HH", null);
    inBook(ACME, ZOE, List.of(HOME_ADDRESS, corrected));
    assertThat(sites().addressOf(ACME, ZOE, FLAT)).contains(corrected);
  }

  @Test
  void another_customers_site_another_tenants_customer_and_an_unknown_customer_have_none() {
    inBook(ACME, ZOE, List.of(HOME_ADDRESS));
    inBook(BRAVO, MILL, List.of(FLAT_ADDRESS));
    inBook(ACME, MILL, List.of());

    assertThat(sites().addressOf(ACME, MILL, HOME)).isEmpty();
    assertThat(sites().addressOf(ACME, MILL, FLAT)).isEmpty();
    assertThat(sites().addressOf(BRAVO, ZOE, HOME)).isEmpty();
    assertThat(sites().addressOf(ACME, "0193a5a0-0009-7abc-8def-0123456789ab", HOME)).isEqualTo(Optional.empty());
  }

  @Test
  void an_erased_customers_sites_show_nowhere_nor_a_merged_ones_whose_survivor_was_erased() {
    inBook(ACME, ZOE, List.of(HOME_ADDRESS));
    inBook(ACME, MILL, List.of());
    merged(ACME, ZOE, List.of(HOME_ADDRESS), MILL);
    assertThat(sites().addressOf(ACME, ZOE, HOME)).as("a merged customer keeps its sites").contains(HOME_ADDRESS);

    erased(ACME, MILL);
    assertThat(sites().addressOf(ACME, ZOE, HOME)).isEmpty();

    inBook(ACME, MILL, List.of(FLAT_ADDRESS));
    erased(ACME, MILL);
    assertThat(sites().addressOf(ACME, MILL, FLAT)).isEmpty();
  }
}
