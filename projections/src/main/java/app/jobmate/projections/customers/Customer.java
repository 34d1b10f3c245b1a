package app.jobmate.projections.customers;

import app.jobmate.events.customers.ConsentMethod;
import app.jobmate.events.customers.ContactPerson;
import app.jobmate.events.customers.CustomerKind;
import app.jobmate.events.customers.PostalAddress;
import app.jobmate.events.values.EmailAddress;
import app.jobmate.events.values.PhoneNumber;
import java.time.Instant;
import java.util.List;

/**
 * A customer as the customer list and page show it (collection {@code customer}, one per customer):
 * its opened personal data, status, sites, marketing consent and times, and the normalised search
 * keys ({@link SearchKeys}), which are derived here from the other fields so that they can never
 * disagree with them. An erased customer is "Erased customer" and nothing else: no personal field,
 * no site, no search key (docs/decisions/personal-data.md).
 *
 * @param mergedInto the survivor, when the customer was merged into it
 */
public record Customer(CustomerKind kind, CustomerStatus status, String mergedInto, String name, String tradingName,
                       List<ContactPerson> contacts, List<EmailAddress> emails, List<PhoneNumber> phones,
                       PostalAddress billingAddress, String notes, List<Site> sites, Instant marketingConsentGivenAt,
                       ConsentMethod marketingConsentMethod, Instant createdAt, Instant updatedAt,
                       List<String> nameKeys, List<String> emailKeys, List<String> phoneKeys, List<String> postcodeKeys) {

  public static final String ERASED_NAME = "Erased customer";

  public Customer {
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
    emails = emails == null ? List.of() : List.copyOf(emails);
    phones = phones == null ? List.of() : List.copyOf(phones);
    sites = sites == null ? List.of() : List.copyOf(sites);
    if (status == CustomerStatus.ERASED) {
      nameKeys = List.of();
      emailKeys = List.of();
      phoneKeys = List.of();
      postcodeKeys = List.of();
    } else {
      var profile = new app.jobmate.events.customers.CustomerProfile(name, tradingName, contacts, emails, phones,
          billingAddress, notes);
      nameKeys = SearchKeys.names(profile);
      emailKeys = SearchKeys.emails(profile);
      phoneKeys = SearchKeys.phones(profile);
      postcodeKeys = SearchKeys.postcodes(billingAddress, sites.stream().map(Site::address).toList());
    }
  }

  /** A place where work is done for the customer. */
  public record Site(String siteId, PostalAddress address, String accessNotes) {
  }
}
