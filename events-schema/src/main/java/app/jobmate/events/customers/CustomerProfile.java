package app.jobmate.events.customers;

import app.jobmate.events.values.EmailAddress;
import app.jobmate.events.values.PhoneNumber;
import app.jobmate.events.values.Require;
import java.util.HashSet;
import java.util.List;

/**
 * The personal data of a customer in plain text, as a request gives it and as it reads once opened.
 * It never travels like this: each field is sealed on its own ({@link CustomerEvent}).
 */
public record CustomerProfile(String name, String tradingName, List<ContactPerson> contacts, List<EmailAddress> emails,
                              List<PhoneNumber> phones, PostalAddress billingAddress, String notes) {

  public static final int MAX_NAME = 200;
  public static final int MAX_CONTACTS = 20;
  public static final int MAX_EMAILS = 10;
  public static final int MAX_PHONES = 10;
  public static final int MAX_NOTES = 10_000;

  public CustomerProfile {
    name = Require.text(name, MAX_NAME, "name");
    tradingName = Require.optionalText(tradingName, MAX_NAME, "tradingName");
    contacts = bounded(contacts, MAX_CONTACTS, "contacts");
    emails = distinct(bounded(emails, MAX_EMAILS, "emails"), "emails");
    phones = distinct(bounded(phones, MAX_PHONES, "phones"), "phones");
    notes = Require.optionalText(notes, MAX_NOTES, "notes");
  }

  private static <T> List<T> bounded(List<T> values, int max, String name) {
    List<T> copy = values == null ? List.of() : List.copyOf(values);
    if (copy.size() > max) {
      throw new IllegalArgumentException(name + " must have at most " + max + " entries");
    }
    return copy;
  }

  private static <T> List<T> distinct(List<T> values, String name) {
    if (new HashSet<>(values).size() != values.size()) {
      throw new IllegalArgumentException(name + " must not repeat an entry");
    }
    return values;
  }
}
