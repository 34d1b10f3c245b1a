package app.jobmate.commands.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.quotes.QuotePolicies.QuotePolicy;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.TenantId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link QuotePolicies} must do, run against each implementation; each test uses tenants of its own. */
public abstract class QuotePoliciesContract {

  /** What a tenant chose in its settings; null for a setting it never chose. */
  protected record Chosen(RoundingPolicy rounding, Integer validityDays) {
  }

  /** Quote policies over tenants whose settings are {@code chosen}. */
  protected abstract QuotePolicies policies(Map<TenantId, Chosen> chosen);

  @Test
  void a_tenant_that_never_chose_gets_the_default_policy() {
    QuotePolicies policies = policies(Map.of());

    assertThat(policies.of(newTenant())).isEqualTo(QuotePolicy.DEFAULT);
  }

  @Test
  void a_chosen_policy_reads_back() {
    TenantId tenant = newTenant();
    QuotePolicies policies = policies(Map.of(tenant, new Chosen(RoundingPolicy.PER_DOCUMENT, 14)));

    assertThat(policies.of(tenant)).isEqualTo(new QuotePolicy(RoundingPolicy.PER_DOCUMENT, 14));
  }

  @Test
  void each_setting_never_chosen_falls_back_to_the_default_on_its_own() {
    TenantId roundingOnly = newTenant();
    TenantId validityOnly = newTenant();
    TenantId neither = newTenant();
    QuotePolicies policies = policies(Map.of(
        roundingOnly, new Chosen(RoundingPolicy.PER_DOCUMENT, null),
        validityOnly, new Chosen(null, 7),
        neither, new Chosen(null, null)));

    assertThat(policies.of(roundingOnly))
        .isEqualTo(new QuotePolicy(RoundingPolicy.PER_DOCUMENT, QuotePolicy.DEFAULT.validityDays()));
    assertThat(policies.of(validityOnly)).isEqualTo(new QuotePolicy(QuotePolicy.DEFAULT.rounding(), 7));
    assertThat(policies.of(neither)).isEqualTo(QuotePolicy.DEFAULT);
  }

  @Test
  void a_tenant_never_gets_another_tenants_policy() {
    TenantId chose = newTenant();
    TenantId didNot = newTenant();
    QuotePolicies policies = policies(Map.of(chose, new Chosen(RoundingPolicy.PER_DOCUMENT, 60)));

    assertThat(policies.of(didNot)).isEqualTo(QuotePolicy.DEFAULT);
  }

  protected static TenantId newTenant() {
    return TenantId.of("t-" + UUID.randomUUID());
  }
}
