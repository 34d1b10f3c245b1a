package app.jobmate.projections.customers;

import app.jobmate.events.customers.ContactPerson;
import app.jobmate.events.customers.CustomerProfile;
import app.jobmate.events.customers.PostalAddress;
import app.jobmate.events.values.EmailAddress;
import app.jobmate.events.values.PhoneNumber;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The normalised keys the customer search matches by prefix: lower case with accents folded
 * ({@code Zoë} is {@code zoe}), the whole name and each later word of it (so {@code ell} finds
 * {@code Zoë Ellis}); emails whole; phones in E.164 digits and national digits; postcodes without
 * spaces. The search folds what it is asked the same way ({@link #fold}).
 */
public final class SearchKeys {

  private SearchKeys() {
  }

  /** Lower case, accents and other marks removed, spaces collapsed. */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return decomposed.toLowerCase(Locale.ROOT).replace('ß', 's').replaceAll("\\s+", " ").strip();
  }

  /** A phone as typed in a search: its digits, a leading 0 kept, a leading + dropped. */
  public static String phoneDigits(String text) {
    return text.replaceAll("[^0-9]", "");
  }

  /** A postcode as typed in a search: no spaces, lower case. */
  public static String postcode(String text) {
    return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  static List<String> names(CustomerProfile profile) {
    Set<String> keys = new LinkedHashSet<>();
    addName(keys, profile.name());
    if (profile.tradingName() != null) {
      addName(keys, profile.tradingName());
    }
    for (ContactPerson contact : profile.contacts()) {
      addName(keys, contact.name());
    }
    return List.copyOf(keys);
  }

  static List<String> emails(CustomerProfile profile) {
    Set<String> keys = new LinkedHashSet<>();
    profile.emails().forEach(e -> keys.add(fold(e.value())));
    profile.contacts().stream().map(ContactPerson::email).filter(java.util.Objects::nonNull)
        .map(EmailAddress::value).forEach(e -> keys.add(fold(e)));
    return List.copyOf(keys);
  }

  static List<String> phones(CustomerProfile profile) {
    Set<String> keys = new LinkedHashSet<>();
    List<PhoneNumber> phones = new ArrayList<>(profile.phones());
    profile.contacts().stream().map(ContactPerson::phone).filter(java.util.Objects::nonNull).forEach(phones::add);
    for (PhoneNumber phone : phones) {
      keys.add(phone.value().substring(1));
      keys.add(phone.nationalDigits());
    }
    return List.copyOf(keys);
  }

  static List<String> postcodes(PostalAddress billing, List<PostalAddress> sites) {
    Set<String> keys = new LinkedHashSet<>();
    if (billing != null) {
      keys.add(postcode(billing.postcode().value()));
    }
    sites.forEach(site -> keys.add(postcode(site.postcode().value())));
    return List.copyOf(keys);
  }

  private static void addName(Set<String> keys, String name) {
    String folded = fold(name);
    keys.add(folded);
    int space = folded.indexOf(' ');
    while (space >= 0) {
      keys.add(folded.substring(space + 1));
      space = folded.indexOf(' ', space + 1);
    }
  }
}
