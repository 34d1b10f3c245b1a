package app.jobmate.projections.customers.list;

import app.jobmate.projections.customers.Customer;
import app.jobmate.projections.customers.SearchKeys;
import java.util.List;
import java.util.function.Function;

/**
 * What a customer search asks, each filter already normalised as the read model's keys are
 * ({@link SearchKeys}): a name or an email folded (lower case, accents removed), a phone as its
 * digits (E.164 without the {@code +}, or national from the {@code 0}), a postcode without spaces.
 * Each present filter is a prefix that one of the customer's keys of that kind must start with.
 */
public record CustomerSearch(String name, String email, String phone, String postcode) {

  /** The longest prefix a filter may be. */
  public static final int MAX_PREFIX = 200;

  public CustomerSearch {
    name = name == null ? null : nameOrEmail(name);
    email = email == null ? null : nameOrEmail(email);
    phone = phone == null ? null : phone(phone);
    postcode = postcode == null ? null : postcode(postcode);
  }

  /** A name or an email prefix as the keys are kept (normalising twice changes nothing). */
  public static String nameOrEmail(String asked) {
    return normalised(asked, SearchKeys::fold);
  }

  public static String phone(String asked) {
    return normalised(asked, SearchKeys::phoneDigits);
  }

  public static String postcode(String asked) {
    return normalised(asked, SearchKeys::postcode);
  }

  public static CustomerSearch none() {
    return new CustomerSearch(null, null, null, null);
  }

  public boolean matches(Customer customer) {
    return matches(name, customer.nameKeys()) && matches(email, customer.emailKeys())
        && matches(phone, customer.phoneKeys()) && matches(postcode, customer.postcodeKeys());
  }

  private static boolean matches(String prefix, List<String> keys) {
    return prefix == null || keys.stream().anyMatch(key -> key.startsWith(prefix));
  }

  /**
   * A filter as the keys are kept.
   *
   * @throws IllegalArgumentException when nothing of it is left to search by, or it is too long
   */
  private static String normalised(String asked, Function<String, String> normalise) {
    String prefix = normalise.apply(asked);
    if (prefix.isEmpty()) {
      throw new IllegalArgumentException("must have something to search by");
    }
    if (prefix.length() > MAX_PREFIX) {
      throw new IllegalArgumentException("must be at most " + MAX_PREFIX + " characters");
    }
    return prefix;
  }
}
