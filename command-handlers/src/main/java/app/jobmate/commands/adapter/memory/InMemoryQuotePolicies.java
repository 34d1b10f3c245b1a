package app.jobmate.commands.adapter.memory;

import app.jobmate.commands.quotes.QuotePolicies;
import app.jobmate.events.values.TenantId;
import java.util.Map;

/** Quote policies fixed at construction, for tests and the benchmark harness; absent tenants get the default. */
public final class InMemoryQuotePolicies implements QuotePolicies {

  private final Map<TenantId, QuotePolicy> policies;

  public InMemoryQuotePolicies(Map<TenantId, QuotePolicy> policies) {
    this.policies = Map.copyOf(policies);
  }

  /** Every tenant on the default policy. */
  public InMemoryQuotePolicies() {
    this(Map.of());
  }

  @Override
  public QuotePolicy of(TenantId tenant) {
    return policies.getOrDefault(tenant, QuotePolicy.DEFAULT);
  }
}
