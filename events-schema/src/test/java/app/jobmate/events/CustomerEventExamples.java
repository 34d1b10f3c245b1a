package app.jobmate.events;

import app.jobmate.events.customers.ConsentMethod;
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
import app.jobmate.events.customers.CustomerKind;
import app.jobmate.events.customers.MarketingConsent;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.Sealed;
import app.jobmate.events.values.SiteId;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One example of every customer event: the company the boiler quote is for, and its duplicate. The
 * personal fields are sealed values as the store holds them (opaque bytes under the customer's key).
 * {@link #minimalLike} switches over the sealed {@link CustomerEvent} without a default, so a new
 * event does not compile until it has its examples here.
 */
public final class CustomerEventExamples {

  public static final CustomerId CUSTOMER = QuoteEventExamples.CUSTOMER;
  public static final CustomerId DUPLICATE = CustomerId.of("0193a5a0-1112-7abc-8def-0123456789ab");
  public static final SiteId SITE = QuoteEventExamples.SITE;
  public static final String KEY = "0193b0c4-9999-7abc-8def-0123456789ab";
  public static final UserId OWNER = UserId.of("a1b2c3d4-e5f6-4711-8899-aabbccddeeff");

  private CustomerEventExamples() {
  }

  public static List<CustomerEvent> all() {
    return Arrays.stream(CustomerEvent.class.getPermittedSubclasses())
        .<CustomerEvent>map(CustomerEventExamples::exampleOf)
        .toList();
  }

  @SuppressWarnings("unchecked")
  public static <E extends CustomerEvent> E exampleOf(Class<?> type) {
    return (E) examples().filter(type::isInstance).findFirst()
        .orElseThrow(() -> new AssertionError("no example of " + type.getSimpleName() + " in CustomerEventExamples"));
  }

  /** A further example of the same event with what is optional left out. */
  public static CustomerEvent minimalLike(CustomerEvent example) {
    return switch (example) {
      case CustomerCreated e -> new CustomerCreated(e.customerId(), CustomerKind.PERSON, e.name(), null, null, null,
          null, null, null, null);
      case CustomerChanged e -> new CustomerChanged(e.customerId(), CustomerKind.PERSON, e.name(), null, null, null,
          null, null, null, null);
      case CustomerSiteAdded e -> new CustomerSiteAdded(e.customerId(), e.siteId(), e.address(), null);
      case CustomerSiteChanged e -> new CustomerSiteChanged(e.customerId(), e.siteId(), e.address(), null);
      case CustomerSiteRemoved e -> e;
      case CustomerArchived e -> e;
      case CustomerRestored e -> e;
      case CustomerMerged e -> e;
      case DuplicateMerged e -> e;
      case CustomerErased e -> e;
    };
  }

  public static List<CustomerEvent> fullAndMinimal() {
    List<CustomerEvent> events = new ArrayList<>(all());
    all().stream().map(CustomerEventExamples::minimalLike).forEach(events::add);
    return events;
  }

  private static Sealed sealed(String ciphertext, String nonce) {
    return new Sealed(KEY, nonce, ciphertext);
  }

  private static Stream<CustomerEvent> examples() {
    Sealed name = sealed("pU3KGCUwux1tEyze1iN7LtkeP3IfyxlxF0SU1kk8", "nVw0YL4xIB5p/tqg");
    Sealed tradingName = sealed("7ui5mX9cfCmZ/a/lkyU81lSvTfrXFCegrrP+6SMvivIhH54=", "5JHFsQvstVY7/B5v");
    Sealed contacts = sealed("k0J+y8j+KVXlzY5G3I7Ut8J2TSpaTXZ3BvhdhpACSta9o0Ab6cjLzMk19s0fYSJq4VM4rho0AE0zug0kasBMgbG68j47"
        + "+e71958rSTSvh/VSC2m5Sw2YLoW7VbZyqHJjes10Zvy2Dg6P8YRjsOSyuilwNHTwZKxo", "9wD1sCs9xmb0W96q");
    Sealed emails = sealed("LMrtzStRV0EOTe5K8rNPQwoHNEfeY2wOgGyVe6aE1kMfterXQk0J4V0CTFhI8j0fpvc=", "Nh1/YY0VMucOIOKm");
    Sealed phones = sealed("Zo3n9H6EZ+VG1T7I4qEle9slbJs+T7tJgUbvcDDL+VNyUtzOrddktg==", "oy+7Ca3q4QnEqZcg");
    Sealed billing = sealed("OXU1K4eLFFyKQtiEz0z9py2OHV3ZJYkILYUqcSKHPugFrdWJQhZ6OFKGGVxnn5xplORbirEJgBIHCWHzfeQ23f3Jn"
        + "W51r2VHz7EbQgckgtxTHCvDkHyWF+teUInkAYa6qKV9EZ5vtl0Aq8Mq844=", "Zn8CLoctScwVyQuZ");
    Sealed notes = sealed("m3crT8em/UyRShbbRwh1Kw8VRLg1wOcZCX36hwHpIy8h8oEmh3hpduv8wyf1kxdlJ0upgptEBvYf+Ikyb/qUku3u7jxm"
        + "nyvyCJTqJ+aJxms=", "ayYuSIa4Q485unb+");
    Sealed site = sealed("+MkMUQH75s+aSNWwwKE9qQCmrcs9ZAaUgb4hyccnuNuMGI80GpJMf4jfoWG/2w7MaCkZ0uZGkvgZQVfx1K+QmIKFz3qa98k9"
        + "VVImav5w56rm2kdifC5Zry6jeryEZwrTxNNrwA==", "iq0f/464QG4vin/E");
    Sealed access = sealed("zOTdnwtBENny+gAlyO/lfzdyT0036isUAEB3E5tBgN85MiSZYsaFcgAFmuuOoXzzeH4O0p0cC2P/1ymDdNm9dPwRrde5yg==",
        "ZQOVImn9Zp9jdu5x");
    Sealed site2 = sealed("h5c3/V9y+NUcSskbbQxI1BoeXsnmoDkoVKhhXu8Qn8G/qeJWNwEojymz1z9qwrae3SwZ8mS+5GKluvIP0n7PFMAR7SAfg2Mg"
        + "rbmLqxaGoo2YASEMdzbz7sWA3PxD/l0=", "BJtNeKej67koZchR");
    MarketingConsent consent = new MarketingConsent(Instant.parse("2026-11-20T14:02:00Z"), ConsentMethod.PHONE);
    return Stream.of(
        new CustomerCreated(CUSTOMER, CustomerKind.COMPANY, name, tradingName, contacts, emails, phones, billing, notes,
            consent),
        new CustomerChanged(CUSTOMER, CustomerKind.COMPANY, name, tradingName, contacts, emails, phones, billing, notes,
            consent),
        new CustomerSiteAdded(CUSTOMER, SITE, site, access),
        new CustomerSiteChanged(CUSTOMER, SITE, site2, access),
        new CustomerSiteRemoved(CUSTOMER, SITE),
        new CustomerArchived(CUSTOMER, Instant.parse("2026-12-01T09:00:00Z")),
        new CustomerRestored(CUSTOMER, Instant.parse("2026-12-02T09:30:00Z")),
        new CustomerMerged(DUPLICATE, CUSTOMER, Instant.parse("2026-12-03T11:15:00Z")),
        new DuplicateMerged(CUSTOMER, DUPLICATE, Instant.parse("2026-12-03T11:15:00Z")),
        new CustomerErased(CUSTOMER, OWNER, Instant.parse("2026-12-04T16:45:00Z")));
  }
}
