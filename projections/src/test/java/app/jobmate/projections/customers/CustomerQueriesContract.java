package app.jobmate.projections.customers;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.customers.ContactPerson;
import app.jobmate.events.customers.CustomerKind;
import app.jobmate.events.customers.PostalAddress;
import app.jobmate.events.values.EmailAddress;
import app.jobmate.events.values.PhoneNumber;
import app.jobmate.events.values.Postcode;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.customers.list.CustomerListQueries;
import app.jobmate.projections.customers.list.CustomerPage;
import app.jobmate.projections.customers.list.CustomerSearch;
import app.jobmate.projections.customers.list.ListCustomers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the customer list must answer: exactly what {@link ListCustomers}
 * defines (case- and accent-insensitive prefixes on the kept keys, statuses, keyset paging by id),
 * over customers of two tenants. One subclass per implementation.
 */
public abstract class CustomerQueriesContract {

  private static final TenantId ACME = TenantId.of("t-acme");
  private static final TenantId BRAVO = TenantId.of("t-bravo");
  private static final Instant AT = Instant.parse("2026-11-20T08:15:00.123Z");

  /** A store and the queries over it, all empty. */
  public record Fixture(ReadModels readModels, CustomerListQueries list) {
  }

  protected abstract Fixture newFixture();

  private Fixture fixture;
  private int next;

  @BeforeEach
  void populate() {
    fixture = newFixture();
    next = 0;
    customer(ACME, "Zoë Ellis", CustomerStatus.ACTIVE, "Zoe.Ellis@Example.co.uk", "+447700900123", "LS6 2AB");
    customer(ACME, "ZOE ADAMS", CustomerStatus.ACTIVE, "zadams@example.com", "+441132496000", "LS1 1AA");
    customer(ACME, "Zachary Österberg", CustomerStatus.ARCHIVED, "zach@example.com", "+33612345678", "SW1A 1AA");
    customer(ACME, "O'Brien (Builders) Ltd", CustomerStatus.ACTIVE, "office@obrien.example", "+447700900999", "M1 1AE");
    customer(ACME, "Zoë Merged", CustomerStatus.MERGED, "merged@example.com", "+447700900555", "LS6 3CD");
    customer(ACME, "Zoë Erased", CustomerStatus.ERASED, "erased@example.com", "+447700900777", "LS6 4EF");
    customer(BRAVO, "Zoë Elsewhere", CustomerStatus.ACTIVE, "zoe@bravo.example", "+447700900124", "LS6 2AB");
    for (int i = 0; i < 7; i++) {
      customer(ACME, "Paging Customer " + i, CustomerStatus.ACTIVE, "paging" + i + "@example.com",
          "+44790000000" + i, "BS1 " + i + "AA");
    }
  }

  private void customer(TenantId tenant, String name, CustomerStatus status, String email, String phone,
                        String postcode) {
    String id = "0193a5a0-%04x-7abc-8def-0123456789ab".formatted(next++);
    PostalAddress address = new PostalAddress(List.of("1 High Street"), "Leeds", Postcode.of(postcode));
    Customer customer = new Customer(CustomerKind.PERSON, status, status == CustomerStatus.MERGED
        ? "0193a5a0-0000-7abc-8def-0123456789ab" : null, status == CustomerStatus.ERASED ? Customer.ERASED_NAME : name,
        null, List.of(new ContactPerson("Pat Contact", null, null, null)), List.of(EmailAddress.of(email)),
        List.of(PhoneNumber.of(phone)), null, null, List.of(new Customer.Site(id, address, null)), null, null, AT, AT,
        null, null, null, null);
    Versioned<Customer> stored = new Versioned<>(DocumentId.of(tenant, id), 1, customer);
    String collection = fixture.readModels().placement(CustomerProjection.NAME).active();
    assertThat(fixture.readModels().write(collection, List.of(new ReadModels.Write(stored, 0)))).isEmpty();
  }

  private List<String> names(ListCustomers query) {
    return fixture.list().list(query).items().stream().map(c -> c.document().name()).toList();
  }

  private List<String> expected(ListCustomers query) {
    return fixture.readModels().all(fixture.readModels().placement(CustomerProjection.NAME).active(), Customer.class)
        .stream().filter(query::matches).sorted(query.comparator()).map(c -> c.document().name()).toList();
  }

  private static ListCustomers search(String name, String email, String phone, String postcode) {
    return new ListCustomers(ACME, new CustomerSearch(name, email, phone, postcode), null, null, 100);
  }

  @Test
  void a_name_prefix_matches_whatever_the_case_and_accents() {
    assertThat(names(search("zoë", null, null, null))).containsExactly("Zoë Ellis", "ZOE ADAMS");
    assertThat(names(search("ZOE", null, null, null))).containsExactly("Zoë Ellis", "ZOE ADAMS");
    assertThat(names(search("osterb", null, null, null))).containsExactly("Zachary Österberg");
  }

  @Test
  void a_name_prefix_matches_a_later_word_of_the_name_too() {
    assertThat(names(search("ELL", null, null, null))).containsExactly("Zoë Ellis");
  }

  @Test
  void a_name_with_the_characters_of_regular_expressions_is_matched_literally() {
    assertThat(names(search("o'brien (builders", null, null, null))).containsExactly("O'Brien (Builders) Ltd");
    assertThat(names(search("z.*", null, null, null))).isEmpty();
    assertThat(names(search("(b", null, null, null))).containsExactly("O'Brien (Builders) Ltd");
    assertThat(names(search("[", null, null, null))).isEmpty();
  }

  @Test
  void an_email_prefix_matches_whatever_the_case() {
    assertThat(names(search(null, "ZOE.ELLIS@EX", null, null))).containsExactly("Zoë Ellis");
  }

  @Test
  void a_phone_matches_typed_nationally_or_internationally_with_any_spacing() {
    assertThat(names(search(null, null, "07700 900 123", null))).containsExactly("Zoë Ellis");
    assertThat(names(search(null, null, "+44 7700 9001", null))).containsExactly("Zoë Ellis");
    assertThat(names(search(null, null, "+336", null))).containsExactly("Zachary Österberg");
  }

  @Test
  void a_postcode_prefix_matches_without_its_space_and_whatever_the_case() {
    assertThat(names(search(null, null, null, "ls62"))).containsExactly("Zoë Ellis");
    assertThat(names(search(null, null, null, "LS6 2A"))).containsExactly("Zoë Ellis");
  }

  @Test
  void filters_together_must_all_match() {
    assertThat(names(search("zoe", null, null, "ls1"))).containsExactly("ZOE ADAMS");
    assertThat(names(search("zoe", "zach", null, null))).isEmpty();
  }

  @Test
  void merged_and_erased_customers_are_never_listed_and_another_tenants_never_shown() {
    assertThat(names(search("zoe", null, null, null))).doesNotContain("Zoë Merged", "Zoë Erased", "Zoë Elsewhere");
    assertThat(names(search(null, "erased@", null, null))).isEmpty();
    assertThat(names(search(null, null, "07700900777", null))).isEmpty();
    assertThat(names(search(null, null, null, "ls64"))).isEmpty();
  }

  @Test
  void the_status_filter_shows_the_active_or_the_archived() {
    ListCustomers archived = new ListCustomers(ACME, CustomerSearch.none(), Set.of(CustomerStatus.ARCHIVED), null, 100);
    assertThat(names(archived)).containsExactly("Zachary Österberg");
    ListCustomers active = new ListCustomers(ACME, new CustomerSearch("z", null, null, null),
        Set.of(CustomerStatus.ACTIVE), null, 100);
    assertThat(names(active)).containsExactly("Zoë Ellis", "ZOE ADAMS");
  }

  @Test
  void every_query_answers_what_the_query_defines() {
    for (ListCustomers query : List.of(search("z", null, null, null), search(null, "p", null, null),
        search(null, null, "44", null), search(null, null, null, "b"), ListCustomers.firstPage(ACME, CustomerSearch.none()),
        ListCustomers.firstPage(BRAVO, CustomerSearch.none()))) {
      assertThat(names(query)).as(query.toString()).isEqualTo(expected(query));
    }
  }

  @Test
  void pages_walk_the_list_in_id_order_without_repeats_or_gaps() {
    ListCustomers query = new ListCustomers(ACME, CustomerSearch.none(), null, null, 3);
    List<String> walked = new ArrayList<>();
    int pages = 0;
    while (true) {
      CustomerPage page = fixture.list().list(query);
      page.items().forEach(c -> walked.add(c.document().name()));
      pages++;
      if (page.nextAfter().isEmpty()) {
        break;
      }
      query = query.after(page.nextAfter().get());
    }
    assertThat(walked).isEqualTo(expected(new ListCustomers(ACME, CustomerSearch.none(), null, null, 100)));
    assertThat(walked).hasSize(11);
    assertThat(pages).isEqualTo(4);
  }
}
