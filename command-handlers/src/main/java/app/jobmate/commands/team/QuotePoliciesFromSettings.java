package app.jobmate.commands.team;

import app.jobmate.commands.quotes.QuotePolicies;
import app.jobmate.events.values.TenantId;

/**
 * The quote policies the owner chose in the business's settings (docs/decisions/team-and-settings.md):
 * rounding and validity from the quoting defaults, the VAT registration from the VAT settings, the
 * quote number prefix from the numbering (the default {@code Q-} while never chosen). A
 * group the owner never set is taken from {@code before}, the policies as they were kept before
 * the settings existed (the tenants item), which is read only then.
 */
public final class QuotePoliciesFromSettings implements QuotePolicies {

  private final BusinessRecord settings;
  private final QuotePolicies before;

  public QuotePoliciesFromSettings(BusinessRecord settings, QuotePolicies before) {
    this.settings = settings;
    this.before = before;
  }

  @Override
  public QuotePolicy of(TenantId tenant) {
    BusinessSettings chosen = settings.of(tenant);
    QuotePolicy earlier = chosen.quoting() != null && chosen.vat() != null ? null : before.of(tenant);
    var rounding = chosen.quoting() != null ? chosen.quoting().rounding() : earlier.rounding();
    int validityDays = chosen.quoting() != null ? chosen.quoting().quoteValidityDays() : earlier.validityDays();
    var registeredFrom = chosen.vat() == null ? earlier.vatRegisteredFrom()
        : chosen.vat().registration() == null ? null : chosen.vat().registration().registeredFrom();
    return new QuotePolicy(rounding, validityDays, registeredFrom,
        chosen.numbering() == null ? null : chosen.numbering().prefix());
  }
}
