package app.jobmate.projections.customers;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.customers.ContactPerson;
import app.jobmate.events.customers.CustomerEvent.CustomerArchived;
import app.jobmate.events.customers.CustomerEvent.CustomerChanged;
import app.jobmate.events.customers.CustomerEvent.CustomerCreated;
import app.jobmate.events.customers.CustomerEvent.CustomerErased;
import app.jobmate.events.customers.CustomerEvent.CustomerMerged;
import app.jobmate.events.customers.CustomerEvent.CustomerRestored;
import app.jobmate.events.customers.CustomerEvent.CustomerSiteAdded;
import app.jobmate.events.customers.CustomerEvent.CustomerSiteChanged;
import app.jobmate.events.customers.CustomerEvent.CustomerSiteRemoved;
import app.jobmate.events.customers.CustomerEvent.DuplicateMerged;
import app.jobmate.events.customers.CustomerEvent;
import app.jobmate.events.customers.CustomerProfile;
import app.jobmate.events.customers.PostalAddress;
import app.jobmate.events.customers.SiteDetails;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.EmailAddress;
import app.jobmate.events.values.PhoneNumber;
import app.jobmate.events.values.Sealed;
import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.personaldata.DataKey;
import app.jobmate.lambda.personaldata.PersonalDataKeys;
import app.jobmate.lambda.personaldata.PersonalDataSeal;
import app.jobmate.projections.core.EventOpener;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Opens the sealed fields of customer events with the customer's key before the customer projection
 * takes them; a customer whose key is gone (erased) gets the erased marker instead, on every replay
 * alike, so a rebuild gives the same documents as the incremental projector. Nothing opened is
 * logged.
 */
public final class CustomerOpener implements EventOpener {

  private static final TypeReference<List<ContactPerson>> CONTACTS = new TypeReference<>() { };
  private static final TypeReference<List<EmailAddress>> EMAILS = new TypeReference<>() { };
  private static final TypeReference<List<PhoneNumber>> PHONES = new TypeReference<>() { };

  private final PersonalDataKeys keys;

  public CustomerOpener(PersonalDataKeys keys) {
    this.keys = keys;
  }

  @Override
  public DomainEvent open(EventEnvelope envelope, DomainEvent decoded) {
    if (!(decoded instanceof CustomerEvent event)) {
      return decoded;
    }
    TenantId tenant = envelope.tenantId();
    CustomerId customer = event.customerId();
    return switch (event) {
      case CustomerCreated e -> withKey(tenant, customer, e, key -> new OpenedCustomerEvent(e,
          profile(key, tenant, customer, e.name(), e.tradingName(), e.contacts(), e.emails(), e.phones(),
              e.billingAddress(), e.notes()), null, false));
      case CustomerChanged e -> withKey(tenant, customer, e, key -> new OpenedCustomerEvent(e,
          profile(key, tenant, customer, e.name(), e.tradingName(), e.contacts(), e.emails(), e.phones(),
              e.billingAddress(), e.notes()), null, false));
      case CustomerSiteAdded e -> withKey(tenant, customer, e, key -> new OpenedCustomerEvent(e, null,
          site(key, tenant, customer, e.address(), e.accessNotes()), false));
      case CustomerSiteChanged e -> withKey(tenant, customer, e, key -> new OpenedCustomerEvent(e, null,
          site(key, tenant, customer, e.address(), e.accessNotes()), false));
      case CustomerSiteRemoved e -> plain(e);
      case CustomerArchived e -> plain(e);
      case CustomerRestored e -> plain(e);
      case CustomerMerged e -> plain(e);
      case DuplicateMerged e -> plain(e);
      case CustomerErased e -> OpenedCustomerEvent.erased(e);
    };
  }

  private static OpenedCustomerEvent plain(CustomerEvent event) {
    return new OpenedCustomerEvent(event, null, null, false);
  }

  private OpenedCustomerEvent withKey(TenantId tenant, CustomerId customer, CustomerEvent event,
                                      java.util.function.Function<DataKey, OpenedCustomerEvent> open) {
    Optional<DataKey> key = keys.existing(tenant, customer);
    return key.map(open).orElseGet(() -> OpenedCustomerEvent.erased(event));
  }

  private static CustomerProfile profile(DataKey key, TenantId tenant, CustomerId customer, Sealed name,
                                         Sealed tradingName, Sealed contacts, Sealed emails, Sealed phones,
                                         Sealed billingAddress, Sealed notes) {
    return new CustomerProfile(read(key, tenant, customer, name, String.class),
        read(key, tenant, customer, tradingName, String.class), read(key, tenant, customer, contacts, CONTACTS),
        read(key, tenant, customer, emails, EMAILS), read(key, tenant, customer, phones, PHONES),
        read(key, tenant, customer, billingAddress, PostalAddress.class), read(key, tenant, customer, notes, String.class));
  }

  private static SiteDetails site(DataKey key, TenantId tenant, CustomerId customer, Sealed address, Sealed accessNotes) {
    return new SiteDetails(read(key, tenant, customer, address, PostalAddress.class),
        read(key, tenant, customer, accessNotes, String.class));
  }

  private static <T> T read(DataKey key, TenantId tenant, CustomerId customer, Sealed sealed, Class<T> type) {
    if (sealed == null) {
      return null;
    }
    try {
      return EventJson.mapper().readValue(PersonalDataSeal.open(key, tenant, customer, sealed), type);
    } catch (IOException e) {
      throw new UncheckedIOException("a sealed field of customer " + customer + " is not the JSON its schema says", e);
    }
  }

  private static <T> T read(DataKey key, TenantId tenant, CustomerId customer, Sealed sealed, TypeReference<T> type) {
    if (sealed == null) {
      return null;
    }
    try {
      return EventJson.mapper().readValue(PersonalDataSeal.open(key, tenant, customer, sealed), type);
    } catch (IOException e) {
      throw new UncheckedIOException("a sealed field of customer " + customer + " is not the JSON its schema says", e);
    }
  }
}
