package app.jobmate.commands.adapter.memory;

import static java.util.stream.Collectors.toMap;

import app.jobmate.commands.quotes.QuotePolicies;
import app.jobmate.commands.quotes.QuotePolicies.QuotePolicy;
import app.jobmate.commands.quotes.QuotePoliciesContract;
import app.jobmate.events.values.TenantId;
import java.util.Map;

class InMemoryQuotePoliciesTest extends QuotePoliciesContract {

  // in memory a tenant holds a whole policy: a setting never chosen is the default's from the start
  @Override
  protected QuotePolicies policies(Map<TenantId, Chosen> chosen) {
    return new InMemoryQuotePolicies(chosen.entrySet().stream().collect(toMap(Map.Entry::getKey, e -> new QuotePolicy(
        e.getValue().rounding() == null ? QuotePolicy.DEFAULT.rounding() : e.getValue().rounding(),
        e.getValue().validityDays() == null ? QuotePolicy.DEFAULT.validityDays() : e.getValue().validityDays()))));
  }
}
