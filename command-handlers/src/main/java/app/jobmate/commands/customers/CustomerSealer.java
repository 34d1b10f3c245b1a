package app.jobmate.commands.customers;

import app.jobmate.events.EventJson;
import app.jobmate.events.customers.CustomerProfile;
import app.jobmate.events.customers.SiteDetails;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.Sealed;
import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.personaldata.DataKey;
import app.jobmate.lambda.personaldata.PersonalDataSeal;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;

/**
 * Seals a customer's plaintext field by field under its key, each field's plaintext its JSON, as the
 * customer event schemas say (docs/decisions/personal-data.md). An absent field, or an empty list,
 * stays absent.
 */
final class CustomerSealer {

  private final DataKey key;
  private final TenantId tenant;
  private final CustomerId customer;

  CustomerSealer(DataKey key, TenantId tenant, CustomerId customer) {
    this.key = key;
    this.tenant = tenant;
    this.customer = customer;
  }

  SealedProfile seal(CustomerProfile profile) {
    return new SealedProfile(seal(profile.name()), seal(profile.tradingName()), seal(profile.contacts()),
        seal(profile.emails()), seal(profile.phones()), seal(profile.billingAddress()), seal(profile.notes()));
  }

  SealedSite seal(SiteDetails site) {
    return new SealedSite(seal(site.address()), seal(site.accessNotes()));
  }

  private Sealed seal(Object value) {
    if (value == null || value instanceof List<?> list && list.isEmpty()) {
      return null;
    }
    try {
      return PersonalDataSeal.seal(key, tenant, customer, EventJson.mapper().writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a customer field cannot be written as JSON", e);
    }
  }
}
