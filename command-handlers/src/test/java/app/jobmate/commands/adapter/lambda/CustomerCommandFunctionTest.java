package app.jobmate.commands.adapter.lambda;

import static app.jobmate.testing.HttpApiCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.testing.HttpApiCalls;
import app.jobmate.testing.HttpApiCalls.Answer;
import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.StreamId;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.Sealed;
import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.adapter.memory.InMemoryPersonalDataKeys;
import app.jobmate.lambda.personaldata.DataKey;
import app.jobmate.lambda.personaldata.PersonalDataSeal;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CustomerCommandFunctionTest {

  private static final String ACME = "t-acme";
  private static final String BRIGHTSIDE = "t-brightside";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String ADMIN = "7c3a2f1e-0d9c-4b8a-9f7e-6d5c4b3a2918";
  private static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
  private static final String ZOE = "0193a5a0-1111-7abc-8def-0123456789ab";
  private static final String DUPLICATE = "0193a5a0-1112-7abc-8def-0123456789ab";
  private static final String HOME = "0193a5a0-2222-7abc-8def-0123456789ab";
  private static final String SHOP = "0193a5a0-2223-7abc-8def-0123456789ab";

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final InMemoryPersonalDataKeys keys = new InMemoryPersonalDataKeys();
  private final HttpApiCalls api = new HttpApiCalls(new CustomerCommandFunction(store, keys,
      Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC)));

  private static String createBody(String id) {
    return """
        {"customerId": "%s", "kind": "person", "name": "Zoë Ellis",
         "contacts": [{"name": "Tom Ellis", "role": "husband", "email": "Tom@Example.COM", "phone": "07700 900456"}],
         "emails": ["zoe@example.co.uk"], "phones": ["07700 900123", "+44 20 7946 0000"],
         "billingAddress": {"lines": ["14 Elm Road"], "town": "Leeds", "postcode": "ls6 2ab"},
         "notes": "Prefers mornings", "marketingConsent": {"givenAt": "2026-11-20T14:02:00Z", "method": "phone"},
         "sites": [{"siteId": "%s", "address": {"lines": ["14 Elm Road"], "town": "Leeds", "postcode": "LS6 2AB"},
                    "accessNotes": "Key safe 4321"}]}
        """.formatted(id, HOME);
  }

  private Answer as(String tenant, String user, String groups, String routeKey, String path, String body) {
    return api.send(call(routeKey, path).as(tenant, user, groups).body(body));
  }

  private Answer owner(String routeKey, String path, String body) {
    return as(ACME, OWNER, "[owner]", routeKey, path, body);
  }

  /** The concrete path of a route key on customer {@code id}. */
  private static String path(String routeKey, String id) {
    return routeKey.substring(routeKey.indexOf(' ') + 1).replace("{customerId}", id);
  }

  private Answer create(String id) {
    return owner("POST /customers", "/customers", createBody(id));
  }

  private List<EventEnvelope> stored(String tenant, String id) {
    return store.read(new StreamId(TenantId.of(tenant), "customer", id)).stream().flatMap(c -> c.events().stream()).toList();
  }

  private String opened(String tenant, String id, JsonNode sealed) throws Exception {
    DataKey key = keys.existing(TenantId.of(tenant), CustomerId.of(id)).orElseThrow();
    Sealed value = EventJson.mapper().treeToValue(sealed, Sealed.class);
    return new String(PersonalDataSeal.open(key, TenantId.of(tenant), CustomerId.of(id), value), StandardCharsets.UTF_8);
  }

  @Nested
  class Creating {

    @Test
    void a_customer_is_created_with_its_sites_and_every_personal_field_is_stored_sealed() throws Exception {
      Answer answer = create(ZOE);

      assertThat(answer.status()).isEqualTo(201);
      assertThat(answer.header("location")).isEqualTo("/customers/" + ZOE);
      List<EventEnvelope> events = stored(ACME, ZOE);
      assertThat(events).extracting(EventEnvelope::eventType).containsExactly("CustomerCreated", "CustomerSiteAdded");
      String everything = events.toString() + store.read(new StreamId(TenantId.of(ACME), "customer", ZOE));
      assertThat(everything).doesNotContain("Zoë", "Ellis", "example", "7700", "Elm", "LS6", "Key safe", "mornings");
      JsonNode created = events.getFirst().data();
      assertThat(created.get("kind").asText()).isEqualTo("person");
      assertThat(created.get("marketingConsent").get("method").asText()).isEqualTo("phone");
      assertThat(opened(ACME, ZOE, created.get("name"))).isEqualTo("\"Zoë Ellis\"");
      assertThat(opened(ACME, ZOE, created.get("phones"))).isEqualTo("[\"+447700900123\",\"+442079460000\"]");
      assertThat(opened(ACME, ZOE, created.get("billingAddress")))
          .isEqualTo("{\"lines\":[\"14 Elm Road\"],\"town\":\"Leeds\",\"postcode\":\"LS6 2AB\"}");
      assertThat(opened(ACME, ZOE, created.get("contacts")))
          .isEqualTo("[{\"name\":\"Tom Ellis\",\"role\":\"husband\",\"email\":\"Tom@example.com\",\"phone\":\"+447700900456\"}]");
      assertThat(opened(ACME, ZOE, events.get(1).data().get("accessNotes"))).isEqualTo("\"Key safe 4321\"");
      assertThat(created.has("tradingName")).isFalse();
    }

    @Test
    void the_stored_payload_hash_is_keyed_so_it_confirms_no_guess_of_the_personal_data() {
      create(ZOE);

      String hash = store.read(new StreamId(TenantId.of(ACME), "customer", ZOE)).getFirst().payloadHash();
      String plain = CommandRequests.payloadHash(new app.jobmate.lambda.http.HttpRequest("POST /customers", "/customers",
          java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), createBody(ZOE).getBytes(StandardCharsets.UTF_8),
          "r-1", java.util.Map.of()));
      assertThat(hash).hasSize(64).isNotEqualTo(plain);
    }

    @Test
    void a_retried_create_answers_its_first_result() {
      Answer first = api.send(call("POST /customers", "/customers").as(ACME, OWNER, "[owner]").body(createBody(ZOE))
          .header("idempotency-key", "create-zoe-1"));
      Answer again = api.send(call("POST /customers", "/customers").as(ACME, OWNER, "[owner]").body(createBody(ZOE))
          .header("idempotency-key", "create-zoe-1"));

      assertThat(first.status()).isEqualTo(201);
      assertThat(again.status()).isEqualTo(201);
      assertThat(again.header("idempotent-replayed")).isEqualTo("true");
      assertThat(stored(ACME, ZOE)).hasSize(2);
    }

    @Test
    void every_invalid_field_is_named_and_nothing_is_written() {
      Answer answer = owner("POST /customers", "/customers", """
          {"customerId": "%s", "kind": "alien", "name": " ", "emails": ["zoe@"], "phones": ["12345"],
           "billingAddress": {"lines": ["1 High St"], "town": "Bath", "postcode": "75008"},
           "contacts": [{"name": "Tom", "phone": "call me"}],
           "marketingConsent": {"givenAt": "2099-01-01T00:00:00Z", "method": "telepathy"},
           "sites": [{"siteId": "%s", "address": {"lines": [], "town": "Bath", "postcode": "BA1 1AA"}}],
           "tenantId": "t-brightside"}""".formatted(ZOE, HOME));

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().get("errors").findValuesAsText("pointer")).contains("#/kind", "#/name", "#/emails", "#/phones",
          "#/billingAddress/postcode", "#/contacts/0/phone", "#/marketingConsent/givenAt", "#/marketingConsent/method",
          "#/sites/0/address/lines", "#/tenantId");
      assertThat(stored(ACME, ZOE)).isEmpty();
      assertThat(keys.existing(TenantId.of(ACME), CustomerId.of(ZOE))).isEmpty();
    }

    @Test
    void a_customer_id_must_be_a_new_uuidv7() {
      Answer answer = owner("POST /customers", "/customers", createBody("6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807"));

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().get("errors").findValuesAsText("pointer")).contains("#/customerId");
    }
  }

  @Nested
  class Who_may_do_what {

    @Test
    void staff_may_not_work_on_customers_and_only_the_owner_erases() {
      create(ZOE);

      assertThat(as(ACME, SAM, "[staff]", "POST /customers", "/customers", createBody(DUPLICATE)).status()).isEqualTo(403);
      assertThat(as(ACME, ADMIN, "[admin]", "POST /customers/{customerId}/archive", "/customers/" + ZOE + "/archive", "{}").status())
          .isEqualTo(200);
      assertThat(as(ACME, ADMIN, "[admin]", "POST /customers/{customerId}/erase", "/customers/" + ZOE + "/erase", "{}").status())
          .isEqualTo(403);
      assertThat(stored(ACME, ZOE)).extracting(EventEnvelope::eventType).doesNotContain("CustomerErased");
    }

    @Test
    void another_tenants_customer_is_not_found_and_nothing_is_written() {
      create(ZOE);

      for (String[] route : List.of(new String[] {"PUT /customers/{customerId}", """
              {"kind": "person", "name": "Zoë Ellis-Hart"}"""},
          new String[] {"POST /customers/{customerId}/archive", "{}"}, new String[] {"POST /customers/{customerId}/erase", "{}"},
          new String[] {"POST /customers/{customerId}/sites", """
              {"siteId": "%s", "address": {"lines": ["1 Mill Lane"], "town": "Leeds", "postcode": "LS1 1AA"}}""".formatted(SHOP)})) {
        Answer answer = as(BRIGHTSIDE, OWNER, "[owner]", route[0], path(route[0], ZOE), route[1]);
        assertThat(answer.status()).as(route[0]).isEqualTo(404);
        assertThat(answer.json().get("code").asText()).isEqualTo("customer.not-found");
      }
      assertThat(stored(BRIGHTSIDE, ZOE)).isEmpty();
      assertThat(keys.existing(TenantId.of(BRIGHTSIDE), CustomerId.of(ZOE))).isEmpty();
      assertThat(stored(ACME, ZOE)).hasSize(2);
    }
  }

  @Nested
  class Sites_archiving_and_merging {

    @Test
    void a_site_is_added_changed_and_removed() {
      create(ZOE);
      String site = """
          {"siteId": "%s", "address": {"lines": ["Unit 3", "Mill Lane"], "town": "Leeds", "postcode": "LS1 1AA"}}""";

      assertThat(owner("POST /customers/{customerId}/sites", "/customers/" + ZOE + "/sites", site.formatted(SHOP)).header("location"))
          .isEqualTo("/customers/" + ZOE + "/sites/" + SHOP);
      assertThat(owner("PUT /customers/{customerId}/sites/{siteId}", "/customers/" + ZOE + "/sites/" + SHOP, """
          {"address": {"lines": ["Unit 4"], "town": "Leeds", "postcode": "LS1 1AA"}, "accessNotes": "Ring the bell"}""")
          .status()).isEqualTo(200);
      assertThat(owner("DELETE /customers/{customerId}/sites/{siteId}", "/customers/" + ZOE + "/sites/" + SHOP, "").status())
          .isEqualTo(200);
      assertThat(owner("DELETE /customers/{customerId}/sites/{siteId}", "/customers/" + ZOE + "/sites/" + SHOP, "")
          .json().get("code").asText()).isEqualTo("customer.site-not-found");
      assertThat(stored(ACME, ZOE)).extracting(EventEnvelope::eventType).containsExactly("CustomerCreated",
          "CustomerSiteAdded", "CustomerSiteAdded", "CustomerSiteChanged", "CustomerSiteRemoved");
    }

    @Test
    void archive_and_restore_and_merge_into_another_customer_with_a_422_naming_a_missing_survivor() {
      create(ZOE);
      create(DUPLICATE);

      assertThat(owner("POST /customers/{customerId}/archive", "/customers/" + DUPLICATE + "/archive", "{}").status()).isEqualTo(200);
      assertThat(owner("POST /customers/{customerId}/restore", "/customers/" + DUPLICATE + "/restore", "{}").status()).isEqualTo(200);
      Answer missing = owner("POST /customers/{customerId}/merge", "/customers/" + DUPLICATE + "/merge", """
          {"survivorId": "0193a5a0-9999-7abc-8def-0123456789ab"}""");
      assertThat(missing.status()).isEqualTo(422);
      assertThat(missing.json().get("code").asText()).isEqualTo("customer.survivor-not-found");
      assertThat(owner("POST /customers/{customerId}/merge", "/customers/" + DUPLICATE + "/merge", """
          {"survivorId": "%s"}""".formatted(ZOE)).status()).isEqualTo(200);
      assertThat(stored(ACME, DUPLICATE).getLast().data().get("survivorId").asText()).isEqualTo(ZOE);
      Answer change = owner("POST /customers/{customerId}/archive", "/customers/" + DUPLICATE + "/archive", "{}");
      assertThat(change.status()).isEqualTo(409);
      assertThat(change.json().get("code").asText()).isEqualTo("customer.merged");
    }
  }

  @Nested
  class Merging {

    private Answer merge(String key) {
      return api.send(call("POST /customers/{customerId}/merge", "/customers/" + DUPLICATE + "/merge")
          .as(ACME, OWNER, "[owner]").header("Idempotency-Key", key).body("""
              {"survivorId": "%s"}""".formatted(ZOE)));
    }

    @Test
    void the_duplicates_sites_move_to_the_survivor_under_their_ids_sealed_under_the_survivors_key_once() throws Exception {
      create(ZOE);
      owner("POST /customers", "/customers", createBody(DUPLICATE).replace(HOME, SHOP));

      assertThat(merge("merge-1").status()).isEqualTo(200);
      Answer again = merge("merge-1");

      assertThat(again.status()).isEqualTo(200);
      assertThat(again.header("idempotent-replayed")).isEqualTo("true");
      List<EventEnvelope> survivor = stored(ACME, ZOE);
      assertThat(survivor).extracting(EventEnvelope::eventType)
          .containsExactly("CustomerCreated", "CustomerSiteAdded", "CustomerSiteAdded", "DuplicateMerged");
      assertThat(survivor.getLast().data().get("duplicateId").asText()).isEqualTo(DUPLICATE);
      JsonNode moved = survivor.get(2).data();
      assertThat(moved.get("siteId").asText()).isEqualTo(SHOP);
      assertThat(opened(ACME, ZOE, moved.get("accessNotes"))).isEqualTo("\"Key safe 4321\"");
      assertThat(opened(ACME, ZOE, moved.get("address"))).contains("14 Elm Road");
      assertThat(stored(ACME, DUPLICATE).getLast().eventType()).isEqualTo("CustomerMerged");
    }

    @Test
    void a_site_the_survivor_has_already_is_not_added_again_and_a_refused_merge_moves_nothing() {
      create(ZOE);
      create(DUPLICATE);
      owner("POST /customers/{customerId}/archive", "/customers/" + ZOE + "/archive", "{}");

      Answer refused = merge("merge-2");

      assertThat(refused.status()).isEqualTo(422);
      assertThat(refused.json().get("code").asText()).isEqualTo("customer.survivor-archived");
      assertThat(stored(ACME, ZOE)).extracting(EventEnvelope::eventType)
          .containsExactly("CustomerCreated", "CustomerSiteAdded", "CustomerArchived");

      owner("POST /customers/{customerId}/restore", "/customers/" + ZOE + "/restore", "{}");
      assertThat(merge("merge-3").status()).isEqualTo(200);
      assertThat(stored(ACME, ZOE)).extracting(EventEnvelope::eventType)
          .containsExactly("CustomerCreated", "CustomerSiteAdded", "CustomerArchived", "CustomerRestored",
              "DuplicateMerged");
    }

    @Test
    void erasing_the_survivor_erases_the_duplicates_merged_into_it_they_are_the_same_person() {
      create(ZOE);
      create(DUPLICATE);
      merge("merge-4");

      Answer erased = owner("POST /customers/{customerId}/erase", "/customers/" + ZOE + "/erase", "{}");

      assertThat(erased.status()).isEqualTo(200);
      assertThat(stored(ACME, DUPLICATE).getLast().eventType()).isEqualTo("CustomerErased");
      assertThat(stored(ACME, ZOE).getLast().eventType()).isEqualTo("CustomerErased");
      assertThat(keys.existing(TenantId.of(ACME), CustomerId.of(DUPLICATE))).isEmpty();
      assertThat(keys.existing(TenantId.of(ACME), CustomerId.of(ZOE))).isEmpty();
    }
  }

  @Nested
  class Erasing {

    @Test
    void erasure_destroys_the_key_records_who_and_when_and_nothing_personal() throws Exception {
      create(ZOE);
      JsonNode name = stored(ACME, ZOE).getFirst().data().get("name");
      DataKey key = keys.existing(TenantId.of(ACME), CustomerId.of(ZOE)).orElseThrow();

      Answer answer = owner("POST /customers/{customerId}/erase", "/customers/" + ZOE + "/erase", "{}");

      assertThat(answer.status()).isEqualTo(200);
      EventEnvelope erased = stored(ACME, ZOE).getLast();
      assertThat(erased.eventType()).isEqualTo("CustomerErased");
      assertThat(erased.data().get("erasedBy").asText()).isEqualTo(OWNER);
      assertThat(erased.data().get("customerId").asText()).isEqualTo(ZOE);
      assertThat(erased.data().size()).isEqualTo(3);
      assertThat(keys.existing(TenantId.of(ACME), CustomerId.of(ZOE))).isEmpty();
      assertThat(keys.isDestroyed(TenantId.of(ACME), CustomerId.of(ZOE))).isTrue();
      // only the destroyed key opened it
      assertThat(new String(PersonalDataSeal.open(key, TenantId.of(ACME), CustomerId.of(ZOE),
          EventJson.mapper().treeToValue(name, Sealed.class)), StandardCharsets.UTF_8)).contains("Zoë");
    }

    @Test
    void after_erasure_every_command_is_409_customer_erased_and_a_create_with_its_id_too() {
      create(ZOE);
      owner("POST /customers/{customerId}/erase", "/customers/" + ZOE + "/erase", "{}");

      for (String[] route : List.of(new String[] {"POST /customers/{customerId}/archive", "{}"},
          new String[] {"POST /customers/{customerId}/erase", "{}"},
          new String[] {"POST /customers/{customerId}/sites", """
              {"siteId": "%s", "address": {"lines": ["1 Mill Lane"], "town": "Leeds", "postcode": "LS1 1AA"}}""".formatted(SHOP)})) {
        Answer answer = owner(route[0], path(route[0], ZOE), route[1]);
        assertThat(answer.status()).as(route[0]).isEqualTo(409);
        assertThat(answer.json().get("code").asText()).isEqualTo("customer.erased");
      }
      Answer again = create(ZOE);
      assertThat(again.status()).isEqualTo(409);
      assertThat(again.json().get("code").asText()).isEqualTo("customer.erased");
      assertThat(stored(ACME, ZOE)).extracting(EventEnvelope::eventType).containsExactly("CustomerCreated",
          "CustomerSiteAdded", "CustomerErased");
    }

    @Test
    void erasing_an_unknown_customer_destroys_nothing() {
      Answer answer = owner("POST /customers/{customerId}/erase", "/customers/" + ZOE + "/erase", "{}");

      assertThat(answer.status()).isEqualTo(404);
      assertThat(keys.isDestroyed(TenantId.of(ACME), CustomerId.of(ZOE))).isFalse();
    }
  }
}
