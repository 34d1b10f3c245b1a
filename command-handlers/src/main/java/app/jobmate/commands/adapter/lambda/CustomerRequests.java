package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.customers.CustomerDecider;
import app.jobmate.events.customers.ConsentMethod;
import app.jobmate.events.customers.ContactPerson;
import app.jobmate.events.customers.CustomerKind;
import app.jobmate.events.customers.CustomerProfile;
import app.jobmate.events.customers.MarketingConsent;
import app.jobmate.events.customers.PostalAddress;
import app.jobmate.events.customers.SiteDetails;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.EmailAddress;
import app.jobmate.events.values.Identifier;
import app.jobmate.events.values.PhoneNumber;
import app.jobmate.events.values.Postcode;
import app.jobmate.events.values.SiteId;
import app.jobmate.lambda.http.Fields;
import app.jobmate.lambda.http.Reader;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The JSON of customer commands, read strictly and validated on plain text at the edge: postcodes
 * normalised ({@code SW1A 1AA}), phones to E.164, emails with a lower-case domain; every invalid
 * field named. Nothing read here is ever logged.
 */
final class CustomerRequests {

  static final String[] DETAIL_FIELDS = {"kind", "name", "tradingName", "contacts", "emails", "phones",
      "billingAddress", "notes", "marketingConsent"};
  static final String[] SITE_FIELDS = {"address", "accessNotes"};
  private static final Instant EARLIEST_CONSENT = Instant.parse("2000-01-01T00:00:00Z");

  private CustomerRequests() {
  }

  static String[] createFields() {
    return CommandRequests.names(DETAIL_FIELDS, "customerId", "sites", CommandRequests.EXPECTED_VERSION);
  }

  static String[] detailFields() {
    return CommandRequests.names(DETAIL_FIELDS, CommandRequests.EXPECTED_VERSION);
  }

  static CustomerId customerId(Fields f) {
    return f.required("customerId", Reader.id(CustomerId::of));
  }

  static SiteId siteId(Fields f) {
    return f.required("siteId", Reader.id(SiteId::of));
  }

  /** A customer named by another field ({@code survivorId}): any UUID, checked by looking it up. */
  static CustomerId existingCustomer(Fields f, String name) {
    return f.required(name, Reader.text(36, text -> CustomerId.of(Identifier.parse(text).toString())));
  }

  static CustomerKind kind(Fields f) {
    return f.required("kind", Reader.text(20, CustomerKind::fromWireName));
  }

  /** The details, whole: an optional field left out is none. */
  static CustomerProfile profile(Fields f) {
    String name = f.required("name", Reader.text(CustomerProfile.MAX_NAME));
    String tradingName = f.optional("tradingName", Reader.text(CustomerProfile.MAX_NAME));
    List<ContactPerson> contacts = f.list("contacts", CustomerProfile.MAX_CONTACTS, CustomerRequests::contact);
    List<EmailAddress> emails = f.optional("emails", distinctTexts(CustomerProfile.MAX_EMAILS, EmailAddress.MAX,
        EmailAddress::of));
    List<PhoneNumber> phones = f.optional("phones", distinctTexts(CustomerProfile.MAX_PHONES, 32, PhoneNumber::of));
    PostalAddress billing = f.optionalObject("billingAddress", CustomerRequests::address);
    String notes = f.optional("notes", Reader.text(CustomerProfile.MAX_NOTES));
    return f.isValid() ? new CustomerProfile(name, tradingName, contacts, emails, phones, billing, notes) : null;
  }

  static MarketingConsent consent(Fields f, Instant now) {
    return f.optionalObject("marketingConsent", c -> {
      c.allowOnly("givenAt", "method");
      Instant givenAt = c.required("givenAt", instant(EARLIEST_CONSENT, now));
      ConsentMethod method = c.required("method", Reader.text(20, ConsentMethod::fromWireName));
      return c.isValid() ? new MarketingConsent(givenAt, method) : null;
    });
  }

  /** The first sites of a new customer, each with its client-made id. */
  static Map<SiteId, SiteDetails> sites(Fields f) {
    Map<SiteId, SiteDetails> sites = new LinkedHashMap<>();
    List<Map.Entry<SiteId, SiteDetails>> read = f.list("sites", CustomerDecider.MAX_SITES, s -> {
      s.allowOnly(CommandRequests.names(SITE_FIELDS, "siteId"));
      SiteId id = siteId(s);
      SiteDetails details = site(s);
      return s.isValid() ? Map.entry(id, details) : null;
    });
    for (Map.Entry<SiteId, SiteDetails> entry : read) {
      if (entry == null) {
        continue;
      }
      if (sites.put(entry.getKey(), entry.getValue()) != null) {
        f.reject("sites", "site " + entry.getKey() + " is given twice");
      }
    }
    return sites;
  }

  static SiteDetails site(Fields f) {
    PostalAddress address = f.requiredObject("address", CustomerRequests::address);
    String accessNotes = f.optional("accessNotes", Reader.text(SiteDetails.MAX_ACCESS_NOTES));
    return f.isValid() ? new SiteDetails(address, accessNotes) : null;
  }

  private static ContactPerson contact(Fields f) {
    f.allowOnly("name", "role", "email", "phone");
    String name = f.required("name", Reader.text(ContactPerson.MAX_NAME));
    String role = f.optional("role", Reader.text(ContactPerson.MAX_ROLE));
    EmailAddress email = f.optional("email", Reader.text(EmailAddress.MAX, EmailAddress::of));
    PhoneNumber phone = f.optional("phone", Reader.text(32, PhoneNumber::of));
    return f.isValid() ? new ContactPerson(name, role, email, phone) : null;
  }

  private static PostalAddress address(Fields f) {
    f.allowOnly("lines", "town", "postcode");
    List<String> lines = f.required("lines", texts(PostalAddress.MAX_LINES, PostalAddress.MAX_LINE));
    String town = f.required("town", Reader.text(PostalAddress.MAX_TOWN));
    Postcode postcode = f.required("postcode", Reader.text(16, Postcode::of));
    return f.isValid() ? new PostalAddress(lines, town, postcode) : null;
  }

  private static Reader<List<String>> texts(int max, int maxLength) {
    Reader<String> text = Reader.text(maxLength);
    return value -> {
      if (!value.isArray() || value.isEmpty() || value.size() > max) {
        throw new IllegalArgumentException("must be an array of 1 to " + max + " strings");
      }
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < value.size(); i++) {
        texts.add(item(i, value.get(i), text));
      }
      return texts;
    };
  }

  private static <T> Reader<List<T>> distinctTexts(int max, int maxLength, Function<String, T> parse) {
    Reader<T> reader = Reader.text(maxLength, parse);
    return value -> {
      if (!value.isArray() || value.size() > max) {
        throw new IllegalArgumentException("must be an array of at most " + max + " items");
      }
      List<T> items = new ArrayList<>();
      Set<T> seen = new HashSet<>();
      for (int i = 0; i < value.size(); i++) {
        T item = item(i, value.get(i), reader);
        if (!seen.add(item)) {
          throw new IllegalArgumentException("item " + i + " repeats an earlier one");
        }
        items.add(item);
      }
      return items;
    };
  }

  private static <T> T item(int index, JsonNode value, Reader<T> reader) {
    try {
      return reader.read(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("item " + index + " " + e.getMessage());
    }
  }

  private static Reader<Instant> instant(Instant earliest, Instant latest) {
    return Reader.text(40, text -> {
      Instant instant;
      try {
        if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z")) {
          throw new DateTimeParseException("not UTC", text, 0);
        }
        instant = Instant.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("must be an instant in UTC such as 2026-11-26T10:15:30Z");
      }
      if (instant.isBefore(earliest) || instant.isAfter(latest)) {
        throw new IllegalArgumentException("must be from " + earliest + " to now");
      }
      return instant;
    });
  }
}
