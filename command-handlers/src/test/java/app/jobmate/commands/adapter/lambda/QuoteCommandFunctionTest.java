package app.jobmate.commands.adapter.lambda;

import static app.jobmate.testing.HttpApiCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.testing.HttpApiCalls;
import app.jobmate.testing.HttpApiCalls.Answer;
import app.jobmate.commands.customers.CustomerBook;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.SiteId;
import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.adapter.memory.InMemoryQuoteNumbers;
import app.jobmate.commands.adapter.memory.InMemoryQuotePolicies;
import app.jobmate.commands.core.Commit;
import app.jobmate.events.StreamId;
import app.jobmate.commands.quotes.QuotePolicies.QuotePolicy;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QuoteCommandFunctionTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String QUOTE = "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60";
  private static final String CUSTOMER = "0193a5b2-7c41-7d2e-9f3a-00000000c001";
  private static final String LINE_1 = "0193a5b2-7c41-7d2e-9f3a-000000000001";
  private static final String LINE_2 = "0193a5b2-7c41-7d2e-9f3a-000000000002";

  private final InMemoryEventStore store = CustomerBook.withCustomer(new InMemoryEventStore(), CustomerId.of(CUSTOMER),
      TenantId.of(ACME), TenantId.of("t-brightside"));
  private final HttpApiCalls api = new HttpApiCalls(new QuoteCommandFunction(store, new InMemoryQuoteNumbers(),
      new InMemoryQuotePolicies(Map.of(TenantId.of(ACME), new QuotePolicy(RoundingPolicy.PER_DOCUMENT, 14))),
      Clock.fixed(Instant.parse("2026-11-26T10:15:30Z"), ZoneOffset.UTC)));

  private static String draftBody() {
    return """
        {"quoteId": "%s", "customerId": "%s", "title": "Kitchen rewire, 3 Mill Lane",
         "notes": "Customer works from home on Fridays", "deposit": {"percent": 25},
         "lines": [{"lineId": "%s", "description": "Rewire (per circuit)", "quantity": 4, "unitPrice": 32500,
                    "vatCode": "standard"},
                   {"lineId": "%s", "description": "Sealant", "quantity": 0.333, "unitPrice": 100, "vatCode": "standard",
                    "optional": true}]}
        """.formatted(QUOTE, CUSTOMER, LINE_1, LINE_2);
  }

  private Answer draft() {
    return api.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").body(draftBody()));
  }

  private List<EventEnvelope> stored(String tenant) {
    return store.read(new StreamId(TenantId.of(tenant), "quote", QUOTE)).stream()
        .flatMap(c -> c.events().stream()).toList();
  }

  @Nested
  class Answering_commands {

    @Test
    void drafting_answers_201_with_the_location_stream_id_and_version() {
      Answer answer = draft();

      assertThat(answer.status()).isEqualTo(201);
      assertThat(answer.header("location")).isEqualTo("/quotes/" + QUOTE);
      assertThat(answer.json().get("streamId").asText()).isEqualTo(QUOTE);
      assertThat(answer.json().get("version").asLong()).isEqualTo(3);
      assertThat(stored(ACME)).extracting(EventEnvelope::eventType)
          .containsExactly("QuoteDrafted", "QuoteLineAdded", "QuoteLineAdded");
      assertThat(stored(ACME).getFirst().data().get("roundingPolicy").asText()).isEqualTo("per-document");
    }

    @Test
    void a_draft_is_edited_and_issued_through_its_resource() {
      draft();
      Answer added = api.send(call("POST /quotes/{quoteId}/lines", "/quotes/" + QUOTE + "/lines").as(ACME, OWNER, "[admin]")
          .body("""
              {"lineId": "0193a5b2-7c41-7d2e-9f3a-000000000003", "description": "Consumer unit", "quantity": 1,
               "unitPrice": 48000, "vatCode": "standard", "discount": {"amount": 3000}, "expectedVersion": 3}
              """));
      Answer changed = api.send(call("PUT /quotes/{quoteId}/lines/{lineId}", "/quotes/" + QUOTE + "/lines/" + LINE_1)
          .as(ACME, OWNER, "[owner]").body("""
              {"description": "Rewire (per circuit)", "quantity": 5, "unitPrice": 32500, "vatCode": "standard"}
              """));
      Answer removed = api.send(call("DELETE /quotes/{quoteId}/lines/{lineId}", "/quotes/" + QUOTE + "/lines/" + LINE_2)
          .as(ACME, OWNER, "[owner]").query("expectedVersion", "5"));
      Answer issued = api.send(call("POST /quotes/{quoteId}/issue", "/quotes/" + QUOTE + "/issue").as(ACME, OWNER, "[owner]"));

      assertThat(List.of(added.status(), changed.status(), removed.status(), issued.status())).containsExactly(201, 200, 200, 200);
      assertThat(added.header("location")).isEqualTo("/quotes/" + QUOTE + "/lines/0193a5b2-7c41-7d2e-9f3a-000000000003");
      assertThat(issued.json().get("version").asLong()).isEqualTo(7);
      JsonNode quoteIssued = stored(ACME).getLast().data();
      assertThat(quoteIssued.get("number").asLong()).isEqualTo(1);
      assertThat(quoteIssued.get("validUntil").asText()).isEqualTo("2026-12-10");
      // 5 × £325 + (£480 - £30) = £2,075.00 net; VAT per document 20% = £415.00
      assertThat(quoteIssued.at("/totals/net").asLong()).isEqualTo(207_500);
      assertThat(quoteIssued.at("/totals/vatTotal").asLong()).isEqualTo(41_500);
      assertThat(quoteIssued.at("/totals/deposit").asLong()).isEqualTo(62_250);
    }

    @Test
    void a_retried_idempotency_key_answers_the_first_result_and_writes_nothing() {
      Answer first = api.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").body(draftBody())
          .header("idempotency-key", "draft-3-mill-lane"));
      Answer retried = api.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").body(draftBody())
          .header("idempotency-key", "draft-3-mill-lane"));

      assertThat(retried.status()).isEqualTo(201);
      assertThat(retried.body()).isEqualTo(first.body());
      assertThat(retried.header("idempotent-replayed")).isEqualTo("true");
      assertThat(store.read(new StreamId(TenantId.of(ACME), "quote", QUOTE))).hasSize(1);
    }

    @Test
    void the_same_idempotency_key_with_another_request_is_422() {
      api.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").body(draftBody()).header("idempotency-key", "k-1"));
      Answer reused = api.send(call("POST /quotes/{quoteId}/issue", "/quotes/" + QUOTE + "/issue").as(ACME, OWNER, "[owner]")
          .header("idempotency-key", "k-1"));

      assertThat(reused.status()).isEqualTo(422);
      assertThat(reused.json().get("code").asText()).isEqualTo("command.idempotency-key-reused");
      assertThat(stored(ACME)).hasSize(3);
    }
  }

  @Nested
  class Refusing_bad_input {

    @Test
    void malformed_json_is_400_and_writes_nothing() {
      Answer answer = api.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").body("{\"quoteId\": \"" + QUOTE));

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.header("content-type")).isEqualTo("application/problem+json");
      assertThat(answer.json().get("type").asText()).endsWith("/malformed-request");
      assertThat(stored(ACME)).isEmpty();
    }

    @Test
    void a_query_parameter_other_than_expected_version_is_400_naming_it_and_nothing_is_written() {
      Answer drafted = api.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").body(draftBody())
          .query("tenantId", "t-brightside"));
      draft();
      Answer issued = api.send(call("POST /quotes/{quoteId}/issue", "/quotes/" + QUOTE + "/issue").as(ACME, OWNER, "[owner]")
          .query("expectedVersion", "3").query("status", "accepted"));

      assertThat(drafted.status()).isEqualTo(400);
      assertThat(drafted.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("tenantId (query)");
      assertThat(issued.status()).isEqualTo(400);
      assertThat(issued.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("status (query)");
      assertThat(stored(ACME)).extracting(EventEnvelope::eventType)
          .containsExactly("QuoteDrafted", "QuoteLineAdded", "QuoteLineAdded");
      assertThat(stored("t-brightside")).isEmpty();
    }

    @Test
    void every_invalid_field_is_named_at_once() {
      Answer answer = api.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").body("""
          {"quoteId": "%s", "customerId": "not-a-uuid", "colour": "blue", "discount": {"percent": 10, "amount": 5},
           "lines": [{"lineId": "%s", "description": "", "quantity": 0.0001, "unitPrice": -1, "vatCode": "luxury",
                      "surprise": true},
                     {"lineId": "%s", "description": "Cable", "quantity": -2, "unitPrice": 12.5, "vatCode": "standard"},
                     {"lineId": "%s", "description": "Tonnes of cable", "quantity": 1000000000, "unitPrice": 100,
                      "vatCode": "standard"}]}
          """.formatted(QUOTE, LINE_1, LINE_2, "0193a5b2-7c41-7d2e-9f3a-000000000003")));

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactlyInAnyOrder(
          "colour", "customerId", "title", "discount",
          "lines[0].surprise", "lines[0].description", "lines[0].quantity", "lines[0].unitPrice", "lines[0].vatCode",
          "lines[1].quantity", "lines[1].unitPrice", "lines[2].quantity");
      assertThat(answer.json().get("errors")).anySatisfy(e -> {
        assertThat(e.get("field").asText()).isEqualTo("lines[0].vatCode");
        assertThat(e.get("pointer").asText()).isEqualTo("#/lines/0/vatCode");
        assertThat(e.get("detail").asText()).contains("luxury", "standard", "reverse-charge");
      });
      assertThat(stored(ACME)).isEmpty();
    }

    @Test
    void a_new_quote_or_line_id_must_be_a_uuid_v7_and_the_nil_uuid_is_not_one() {
      String v4 = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
      String nil = "00000000-0000-0000-0000-000000000000";

      Answer answer = api.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").body(draftBody()
          .replace(QUOTE, v4).replace(LINE_1, nil)));

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText())
          .containsExactlyInAnyOrder("quoteId", "lines[0].lineId");
      assertThat(answer.json().get("errors").get(0).get("detail").asText()).contains("UUIDv7");
      assertThat(store.read(new StreamId(TenantId.of(ACME), "quote", v4))).isEmpty();
    }

    @Test
    void a_valid_until_date_must_have_four_digits_and_fall_within_a_year_from_today() {
      for (String date : List.of("999999-01-01", "+999999-01-01", "2026-11-25", "2027-11-27", "26-11-2026")) {
        Answer answer = api.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").body(draftBody()
            .replace("\"title\"", "\"validUntil\": \"" + date + "\", \"title\"")));

        assertThat(answer.status()).as(date).isEqualTo(400);
        assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("validUntil");
      }
      assertThat(stored(ACME)).isEmpty();
      Answer lastDay = api.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").body(draftBody()
          .replace("\"title\"", "\"validUntil\": \"2027-11-26\", \"title\"")));
      assertThat(lastDay.status()).isEqualTo(201);
    }

    @Test
    void a_title_with_a_lone_surrogate_is_400_and_nothing_is_written() {
      Answer answer = api.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").body(draftBody()
          .replace("Kitchen rewire", "Kitchen \\ud800 rewire")));

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("title");
      assertThat(stored(ACME)).isEmpty();
    }

    @Test
    void a_line_coming_to_more_than_ten_million_pounds_is_400_naming_its_price_and_nothing_is_written() {
      Answer answer = api.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").body(draftBody()
          .replace("\"quantity\": 4, \"unitPrice\": 32500", "\"quantity\": 1000000, \"unitPrice\": 100000000")));

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("lines[0].unitPrice");
      assertThat(stored(ACME)).isEmpty();
    }

    @Test
    void a_line_may_be_priced_including_vat() {
      api.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").body(draftBody()
          .replace("\"quantity\": 4, \"unitPrice\": 32500", "\"quantity\": 1, \"unitPrice\": 12000, \"pricesIncludeVat\": true")));

      Answer issued = api.send(call("POST /quotes/{quoteId}/issue", "/quotes/" + QUOTE + "/issue").as(ACME, OWNER, "[owner]"));

      assertThat(issued.status()).isEqualTo(200);
      JsonNode totals = stored(ACME).getLast().data().get("totals");
      // £120.00 including VAT at 20%: the customer pays £120.00, of which £20.00 is VAT (25% deposit: £30.00)
      assertThat(totals.get("gross").asLong()).isEqualTo(12_000);
      assertThat(totals.get("vatTotal").asLong()).isEqualTo(2_000);
    }

    @Test
    void an_oversized_body_is_413() {
      String huge = "{\"title\": \"" + "x".repeat(300_000) + "\"}";

      Answer answer = api.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").body(huge));

      assertThat(answer.status()).isEqualTo(413);
      assertThat(stored(ACME)).isEmpty();
    }

    @Test
    void deep_nesting_and_duplicate_keys_are_refused() {
      String deep = "{\"discount\": " + "[".repeat(40) + "]".repeat(40) + "}";
      String duplicate = "{\"title\": \"a\", \"title\": \"b\"}";

      assertThat(api.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").body(deep)).status()).isEqualTo(400);
      assertThat(api.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").body(duplicate)).status()).isEqualTo(400);
    }

    @Test
    void a_body_that_is_not_json_is_415() {
      Answer answer = api.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").body("title=Rewire")
          .header("content-type", "application/x-www-form-urlencoded"));

      assertThat(answer.status()).isEqualTo(415);
    }

    @Test
    void an_id_in_the_path_that_is_no_uuid_is_404() {
      Answer answer = api.send(call("POST /quotes/{quoteId}/issue", "/quotes/quote-1/issue").as(ACME, OWNER, "[owner]"));

      assertThat(answer.status()).isEqualTo(404);
    }
  }

  @Nested
  class Guarding_tenants_roles_and_versions {

    @Test
    void another_tenants_quote_is_404_and_nothing_is_written() {
      draft();

      Answer answer = api.send(call("POST /quotes/{quoteId}/issue", "/quotes/" + QUOTE + "/issue")
          .as("t-brightside", "0b7e8f9a-1c2d-4e3f-8a9b-0c1d2e3f4a5b", "[owner]"));

      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.json().get("code").asText()).isEqualTo("quote.not-found");
      assertThat(stored("t-brightside")).isEmpty();
      assertThat(stored(ACME)).hasSize(3);
    }

    @Test
    void a_stale_expected_version_is_409() {
      draft();

      Answer answer = api.send(call("POST /quotes/{quoteId}/issue", "/quotes/" + QUOTE + "/issue").as(ACME, OWNER, "[owner]")
          .body("{\"expectedVersion\": 2}"));

      assertThat(answer.status()).isEqualTo(409);
      assertThat(answer.json().get("code").asText()).isEqualTo("command.stale-version");
      assertThat(stored(ACME)).hasSize(3);
    }

    @Test
    void staff_can_neither_draft_nor_issue_a_quote() {
      draft();

      Answer drafting = api.send(call("POST /quotes", "/quotes").as(ACME, "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "[staff]")
          .body(draftBody()));
      Answer issuing = api.send(call("POST /quotes/{quoteId}/issue", "/quotes/" + QUOTE + "/issue")
          .as(ACME, "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "[staff]"));

      assertThat(drafting.status()).isEqualTo(403);
      assertThat(issuing.status()).isEqualTo(403);
      assertThat(issuing.json().get("detail").asText()).contains("owner or admin");
      assertThat(stored(ACME)).hasSize(3);
    }

    @Test
    void a_token_without_a_tenant_is_401() {
      Answer answer = api.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").withoutClaim("custom:tenant_id")
          .body(draftBody()));

      assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void a_state_that_does_not_allow_the_command_is_409_with_its_reason() {
      draft();
      api.send(call("POST /quotes/{quoteId}/issue", "/quotes/" + QUOTE + "/issue").as(ACME, OWNER, "[owner]"));

      Answer answer = api.send(call("PUT /quotes/{quoteId}", "/quotes/" + QUOTE).as(ACME, OWNER, "[owner]").body("""
          {"customerId": "%s", "title": "Changed after issue"}""".formatted(CUSTOMER)));

      assertThat(answer.status()).isEqualTo(409);
      assertThat(answer.json().get("code").asText()).isEqualTo("quote.not-draft");
      assertThat(answer.json().get("instance").asText()).isEqualTo("/quotes/" + QUOTE);
    }

    @Test
    void a_business_rule_is_422() {
      api.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").body("""
          {"quoteId": "%s", "customerId": "%s", "title": "Survey only"}""".formatted(QUOTE, CUSTOMER)));

      Answer answer = api.send(call("POST /quotes/{quoteId}/issue", "/quotes/" + QUOTE + "/issue").as(ACME, OWNER, "[owner]"));

      assertThat(answer.status()).isEqualTo(422);
      assertThat(answer.json().get("code").asText()).isEqualTo("quote.no-lines");
    }
  }

  @Test
  void the_whole_life_of_a_quote_runs_over_http() {
    draft();
    String base = "/quotes/" + QUOTE;
    List<Answer> answers = List.of(
        api.send(call("POST /quotes/{quoteId}/issue", base + "/issue").as(ACME, OWNER, "[owner]")),
        api.send(call("POST /quotes/{quoteId}/view", base + "/view").as(ACME, OWNER, "[owner]")),
        api.send(call("POST /quotes/{quoteId}/decline", base + "/decline").as(ACME, OWNER, "[owner]")
            .body("{\"reason\": \"price\", \"note\": \"Found it cheaper\"}")),
        api.send(call("POST /quotes/{quoteId}/revise", base + "/revise").as(ACME, OWNER, "[owner]")),
        api.send(call("POST /quotes/{quoteId}/issue", base + "/issue").as(ACME, OWNER, "[owner]")),
        api.send(call("POST /quotes/{quoteId}/accept", base + "/accept").as(ACME, OWNER, "[owner]")
            .body("{\"optionalLinesTaken\": [\"" + LINE_2 + "\"]}")));

    assertThat(answers).extracting(Answer::status).containsOnly(200);
    assertThat(stored(ACME)).extracting(EventEnvelope::eventType).containsExactly("QuoteDrafted", "QuoteLineAdded",
        "QuoteLineAdded", "QuoteIssued", "QuoteViewed", "QuoteDeclined", "QuoteRevised", "QuoteIssued", "QuoteAccepted");
    assertThat(store.read(new StreamId(TenantId.of(ACME), "quote", QUOTE))).extracting(Commit::number)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
  }

  @Test
  void snapstart_priming_reads_but_writes_nothing() {
    InMemoryEventStore empty = new InMemoryEventStore();
    QuoteCommandFunction function = new QuoteCommandFunction(empty, new InMemoryQuoteNumbers(), new InMemoryQuotePolicies(Map.of()),
        Clock.systemUTC());

    function.prime();

    assertThat(empty.read(new StreamId(TenantId.of("snapstart-priming"), "quote", "00000000-0000-7000-8000-000000000000")))
        .isEmpty();
  }

  @Nested
  class Quoting_customers_in_the_book {

    private final CustomerBook customers = new CustomerBook(store);
    private final SiteId home = SiteId.of("0193a5b2-7c41-7d2e-9f3a-0000000051e1");

    private Answer draftFor(String customer, String site) {
      return api.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").body("""
          {"quoteId": "%s", "customerId": "%s", "siteId": %s, "title": "Survey only"}"""
          .formatted(QUOTE, customer, site == null ? "null" : "\"" + site + "\"")));
    }

    private void refused(Answer answer, String code, String field) {
      assertThat(answer.status()).isEqualTo(422);
      assertThat(answer.json().get("code").asText()).isEqualTo(code);
      assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly(field);
      assertThat(stored(ACME)).as("nothing written").isEmpty();
    }

    @Test
    void a_quote_for_a_customer_not_in_the_book_is_refused_naming_the_customer() {
      refused(draftFor("0193a5b2-7c41-7d2e-9f3a-00000000c0ff", null), "quote.customer-not-found", "customerId");
    }

    @Test
    void a_quote_for_another_tenants_customer_is_refused_as_not_found() {
      CustomerId theirs = customers.create(TenantId.of("t-brightside"), CustomerId.of("0193a5b2-7c41-7d2e-9f3a-00000000c0b5"));
      refused(draftFor(theirs.toString(), null), "quote.customer-not-found", "customerId");
    }

    @Test
    void a_quote_for_an_archived_merged_or_erased_customer_is_refused_and_a_merge_names_the_survivor() {
      CustomerId archived = customers.create(TenantId.of(ACME), CustomerId.of("0193a5b2-7c41-7d2e-9f3a-00000000c0a1"));
      CustomerId merged = customers.create(TenantId.of(ACME), CustomerId.of("0193a5b2-7c41-7d2e-9f3a-00000000c0a2"));
      CustomerId erased = customers.create(TenantId.of(ACME), CustomerId.of("0193a5b2-7c41-7d2e-9f3a-00000000c0a3"));
      Instant now = Instant.parse("2026-11-26T10:00:00Z");
      customers.service().archive(TenantId.of(ACME), archived, now, CustomerBook.context());
      customers.service().merge(TenantId.of(ACME), merged, CustomerId.of(CUSTOMER), now, CustomerBook.context());
      customers.service().erase(TenantId.of(ACME), erased, app.jobmate.events.values.UserId.of(OWNER), now,
          CustomerBook.context());

      refused(draftFor(archived.toString(), null), "quote.customer-archived", "customerId");
      Answer toMerged = draftFor(merged.toString(), null);
      refused(toMerged, "quote.customer-merged", "customerId");
      assertThat(toMerged.json().get("detail").asText()).contains(CUSTOMER);
      refused(draftFor(erased.toString(), null), "quote.customer-erased", "customerId");

      customers.service().restore(TenantId.of(ACME), archived, now, CustomerBook.context());
      assertThat(draftFor(archived.toString(), null).status()).as("restored, it is quoted again").isEqualTo(201);
    }

    @Test
    void a_quote_names_only_a_site_of_its_own_customer() {
      CustomerId withHome = customers.create(TenantId.of(ACME), CustomerId.of("0193a5b2-7c41-7d2e-9f3a-00000000c0a4"),
          home);

      refused(draftFor(CUSTOMER, home.toString()), "quote.site-not-found", "siteId");
      refused(draftFor(withHome.toString(), "0193a5b2-7c41-7d2e-9f3a-0000000051e2"), "quote.site-not-found", "siteId");
      assertThat(draftFor(withHome.toString(), home.toString()).status()).isEqualTo(201);
    }

    @Test
    void the_quotes_own_rules_come_first_another_tenants_quote_is_404_and_an_issued_one_409() {
      assertThat(draft().status()).isEqualTo(201);
      String unknown = """
          {"customerId": "0193a5b2-7c41-7d2e-9f3a-00000000c0ff", "title": "Survey only"}""";

      Answer foreign = api.send(call("PUT /quotes/{quoteId}", "/quotes/" + QUOTE).as("t-brightside", OWNER, "[owner]")
          .body(unknown));
      assertThat(foreign.status()).isEqualTo(404);
      assertThat(foreign.json().get("code").asText()).isEqualTo("quote.not-found");

      assertThat(api.send(call("POST /quotes/{quoteId}/issue", "/quotes/" + QUOTE + "/issue").as(ACME, OWNER, "[owner]"))
          .status()).isEqualTo(200);
      Answer issued = api.send(call("PUT /quotes/{quoteId}", "/quotes/" + QUOTE).as(ACME, OWNER, "[owner]").body(unknown));
      assertThat(issued.status()).isEqualTo(409);
      assertThat(issued.json().get("code").asText()).isEqualTo("quote.not-draft");
    }

    @Test
    void changing_the_details_to_a_customer_not_in_the_book_is_refused_and_changes_nothing() {
      assertThat(draftFor(CUSTOMER, null).status()).isEqualTo(201);
      int before = stored(ACME).size();

      Answer changed = api.send(call("PUT /quotes/{quoteId}", "/quotes/" + QUOTE).as(ACME, OWNER, "[owner]").body("""
              {"customerId": "0193a5b2-7c41-7d2e-9f3a-00000000c0ff", "title": "Survey only"}"""));

      assertThat(changed.status()).isEqualTo(422);
      assertThat(changed.json().get("code").asText()).isEqualTo("quote.customer-not-found");
      assertThat(stored(ACME)).hasSize(before);
    }
  }
}
