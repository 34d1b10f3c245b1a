package app.jobmate.projections.customers.adapter.lambda;

import static app.jobmate.projections.testing.HttpCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.customers.CustomerKind;
import app.jobmate.events.customers.PostalAddress;
import app.jobmate.events.values.EmailAddress;
import app.jobmate.events.values.PhoneNumber;
import app.jobmate.events.values.Postcode;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.customers.Customer;
import app.jobmate.projections.customers.CustomerProjection;
import app.jobmate.projections.customers.CustomerStatus;
import app.jobmate.projections.customers.adapter.memory.InMemoryCustomerQueries;
import app.jobmate.projections.testing.HttpCalls;
import app.jobmate.projections.testing.HttpCalls.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The customer query function fed HTTP API events with JWT claims, over in-memory read models. */
class CustomerQueryFunctionTest {

  private static final String ACME = "t-acme";
  private static final Instant AT = Instant.parse("2026-11-20T08:15:00.123Z");
  private static final String ZOE = "0193a5a0-0001-7abc-8def-0123456789ab";
  private static final String DUPLICATE = "0193a5a0-0002-7abc-8def-0123456789ab";
  private static final String ERASED = "0193a5a0-0003-7abc-8def-0123456789ab";
  private static final String ELSEWHERE = "0193a5a0-0004-7abc-8def-0123456789ab";
  private static final String ARCHIVED = "0193a5a0-0005-7abc-8def-0123456789ab";
  private static final String SITE = "0193a5a0-1001-7abc-8def-0123456789ab";

  private final InMemoryReadModels readModels = new InMemoryReadModels();
  private final HttpCalls api = new HttpCalls(new CustomerQueryFunction(readModels,
      new InMemoryCustomerQueries(readModels), Duration.ofMillis(200)));

  @BeforeEach
  void customers() {
    store(ACME, ZOE, "Zoë Quennell", CustomerStatus.ACTIVE, null);
    store(ACME, DUPLICATE, "Zoe Quennell", CustomerStatus.MERGED, ZOE);
    store(ACME, ERASED, Customer.ERASED_NAME, CustomerStatus.ERASED, null);
    store(ACME, ARCHIVED, "Arthur Archer", CustomerStatus.ARCHIVED, null);
    store("t-bravo", ELSEWHERE, "Zoë Elsewhere", CustomerStatus.ACTIVE, null);
  }

  private void store(String tenant, String id, String name, CustomerStatus status, String mergedInto) {
    boolean erased = status == CustomerStatus.ERASED;
    boolean zoe = name.startsWith("Zo");
    Customer customer = new Customer(CustomerKind.PERSON, status, mergedInto, name, null, null,
        erased ? null : List.of(EmailAddress.of(zoe ? "zoe.q@example.co.uk" : "arthur@example.com")),
        erased ? null : List.of(PhoneNumber.of(zoe ? "07700 900321" : "0113 496 0000")), null,
        erased ? null : "Prefers mornings",
        erased ? null : List.of(new Customer.Site(SITE, new PostalAddress(List.of("7 Quarry Row"), "Leeds",
            Postcode.of(zoe ? "LS7 3QQ" : "BD1 1AA")), "Gate code 2468")), null, null, AT, AT, null, null, null, null);
    String collection = readModels.placement(CustomerProjection.NAME).active();
    readModels.write(collection, List.of(new ReadModels.Write(
        new Versioned<>(DocumentId.of(TenantId.of(tenant), id), 2, customer), 0)));
  }

  private static List<String> names(Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    answer.json().get("items").forEach(item -> names.add(item.get("name").asText()));
    return names;
  }

  private static List<String> invalidFields(Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  @Test
  void the_list_searches_by_name_email_phone_and_postcode_whatever_the_case_accents_and_spacing() {
    assertThat(names(api.send(get("GET /customers", "/customers").query("name", "ZOË QU")))).containsExactly("Zoë Quennell");
    assertThat(names(api.send(get("GET /customers", "/customers").query("email", "Zoe.Q@")))).containsExactly("Zoë Quennell");
    assertThat(names(api.send(get("GET /customers", "/customers").query("phone", "+44 7700 900")))).containsExactly("Zoë Quennell");
    assertThat(names(api.send(get("GET /customers", "/customers").query("postcode", "ls7 3")))).containsExactly("Zoë Quennell");
    assertThat(names(api.send(get("GET /customers", "/customers").query("name", "zzz")))).isEmpty();
  }

  @Test
  void the_list_shows_the_active_and_archived_by_default_and_either_by_status_but_never_the_merged_or_erased() {
    assertThat(names(api.send(get("GET /customers", "/customers")))).containsExactly("Zoë Quennell", "Arthur Archer");
    assertThat(names(api.send(get("GET /customers", "/customers").query("status", "archived")))).containsExactly("Arthur Archer");
    assertThat(names(api.send(get("GET /customers", "/customers").query("status", "active")))).containsExactly("Zoë Quennell");
  }

  @Test
  void a_list_item_leaves_out_the_search_keys_and_the_notes() {
    JsonNode item = api.send(get("GET /customers", "/customers").query("name", "zoe")).json().get("items").get(0);
    assertThat(item.get("customerId").asText()).isEqualTo(ZOE);
    assertThat(item.get("version").asLong()).isEqualTo(2);
    assertThat(item.get("status").asText()).isEqualTo("active");
    assertThat(item.has("nameKeys")).isFalse();
    assertThat(item.has("notes")).isFalse();
  }

  @Test
  void pages_follow_the_cursor() {
    Answer first = api.send(get("GET /customers", "/customers").query("limit", "1"));
    assertThat(names(first)).containsExactly("Zoë Quennell");
    String cursor = first.json().get("nextCursor").asText();
    Answer second = api.send(get("GET /customers", "/customers").query("limit", "1").query("cursor", cursor));
    assertThat(names(second)).containsExactly("Arthur Archer");
    assertThat(second.json().has("nextCursor")).isFalse();
  }

  @Test
  void unknown_parameters_an_empty_search_a_bad_status_and_a_forged_cursor_are_400s_naming_each() {
    assertThat(invalidFields(api.send(get("GET /customers", "/customers").query("town", "Leeds")))).containsExactly("town (query)");
    assertThat(invalidFields(api.send(get("GET /customers", "/customers").query("phone", "call me").query("name", " ")
        .query("status", "merged").query("cursor", "not-a-cursor"))))
        .containsExactlyInAnyOrder("phone (query)", "name (query)", "status (query)", "cursor (query)");
  }

  @Test
  void staff_see_no_customers() {
    assertThat(api.send(get("GET /customers", "/customers").as(ACME, "u-sam", "[staff]")).status()).isEqualTo(403);
    assertThat(api.send(get("GET /customers/{customerId}", "/customers/" + ZOE).as(ACME, "u-sam", "[staff]")).status())
        .isEqualTo(403);
  }

  @Test
  void the_customer_page_shows_the_details_and_sites() {
    Answer answer = api.send(get("GET /customers/{customerId}", "/customers/" + ZOE));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode customer = answer.json();
    assertThat(customer.get("customerId").asText()).isEqualTo(ZOE);
    assertThat(customer.get("name").asText()).isEqualTo("Zoë Quennell");
    assertThat(customer.get("notes").asText()).isEqualTo("Prefers mornings");
    assertThat(customer.get("sites").get(0).get("siteId").asText()).isEqualTo(SITE);
    assertThat(customer.get("sites").get(0).get("address").get("postcode").asText()).isEqualTo("LS7 3QQ");
    assertThat(customer.has("mergedFrom")).isFalse();
    assertThat(customer.has("phoneKeys")).isFalse();
  }

  @Test
  void a_merged_customers_id_answers_the_survivors_page_naming_the_id_asked() {
    Answer answer = api.send(get("GET /customers/{customerId}", "/customers/" + DUPLICATE));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().get("customerId").asText()).isEqualTo(ZOE);
    assertThat(answer.json().get("mergedFrom").asText()).isEqualTo(DUPLICATE);
  }

  @Test
  void an_erased_unknown_or_other_tenants_customer_is_not_found() {
    for (String id : List.of(ERASED, ELSEWHERE, "0193a5a0-0009-7abc-8def-0123456789ab", "not-a-uuid")) {
      Answer answer = api.send(get("GET /customers/{customerId}", "/customers/" + id));
      assertThat(answer.status()).as(id).isEqualTo(404);
      assertThat(answer.body()).contains("customer.not-found").doesNotContain("Erased customer", "Elsewhere");
    }
  }
}
