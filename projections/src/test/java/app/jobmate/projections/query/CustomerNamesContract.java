package app.jobmate.projections.query;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.values.TenantId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of {@link CustomerNames} answers: the names the tenant's customer book has now,
 * nothing for a customer it does not have or another tenant's. One subclass per adapter.
 */
public abstract class CustomerNamesContract {

  protected static final TenantId ACME = TenantId.of("t-acme");
  protected static final TenantId BRAVO = TenantId.of("t-bravo");
  private static final String ZOE = "0193a5a0-0001-7abc-8def-0123456789ab";
  private static final String MILL = "0193a5a0-0002-7abc-8def-0123456789ab";
  private static final String NOBODY = "0193a5a0-0003-7abc-8def-0123456789ab";

  protected abstract CustomerNames names();

  /** The customer as the customer book keeps it: named, or erased when {@code name} is null. */
  protected abstract void inBook(TenantId tenant, String customerId, String name);

  @Test
  void each_customer_in_the_tenants_book_is_named_and_one_not_there_is_left_out() {
    inBook(ACME, ZOE, "Zoë Ellis");
    inBook(ACME, MILL, "Mill Lane Lettings Ltd");
    inBook(BRAVO, NOBODY, "Someone Elsewhere");

    assertThat(names().namesOf(ACME, Set.of(ZOE, MILL, NOBODY)))
        .isEqualTo(Map.of(ZOE, "Zoë Ellis", MILL, "Mill Lane Lettings Ltd"));
    assertThat(names().namesOf(ACME, Set.of())).isEmpty();
  }

  @Test
  void a_rename_shows_at_once_and_an_erased_customer_is_erased_customer() {
    inBook(ACME, ZOE, "Zoë Ellis");
    inBook(ACME, MILL, "Mill Lane Lettings Ltd");

    inBook(ACME, ZOE, "Zoë Hart");
    inBook(ACME, MILL, null);

    assertThat(names().namesOf(ACME, Set.of(ZOE, MILL)))
        .isEqualTo(Map.of(ZOE, "Zoë Hart", MILL, "Erased customer"));
  }
}
