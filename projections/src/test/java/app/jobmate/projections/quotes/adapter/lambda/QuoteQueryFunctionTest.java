package app.jobmate.projections.quotes.adapter.lambda;

import static app.jobmate.projections.testing.HttpCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.quotes.QuoteEvent.QuoteDrafted;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.SiteId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.memory.InMemoryCustomerNames;
import app.jobmate.projections.adapter.memory.InMemoryCustomerSites;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.query.CustomerSites.SiteAddress;
import app.jobmate.projections.quotes.QuoteReadSide;
import app.jobmate.projections.quotes.adapter.memory.InMemoryQuoteQueries;
import app.jobmate.projections.quotes.adapter.mongodb.MongoQuoteQueries;
import app.jobmate.projections.testing.EmbeddedMongo;
import app.jobmate.projections.testing.HttpCalls.Answer;
import app.jobmate.projections.testing.HttpCalls;
import app.jobmate.projections.testing.QuoteStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QuoteQueryFunctionTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final Instant NOV = Instant.parse("2026-11-02T09:00:00Z");
  private static final CustomerId MILL_LANE = CustomerId.of("0193a5a0-1111-7abc-8def-0123456789ab");
  private static final CustomerId HIGH_STREET = CustomerId.of("0193a5a0-2222-7abc-8def-0123456789ab");

  private final InMemoryReadModels readModels = new InMemoryReadModels();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final InMemoryQuoteQueries queries = new InMemoryQuoteQueries(readModels);
  private final Projector projector = new Projector(readModels, history, EventCodec.standard(), new QuoteReadSide().projections());
  private final InMemoryCustomerNames customerNames = new InMemoryCustomerNames();
  private final InMemoryCustomerSites customerSites = new InMemoryCustomerSites();
  private final HttpCalls api = api(Duration.ofSeconds(10));
  private final List<QuoteStream> quotes = new ArrayList<>();
  private int numbers;

  private HttpCalls api(Duration maxWait) {
    return new HttpCalls(new QuoteQueryFunction(readModels, queries, queries, customerNames, customerSites, maxWait));
  }

  private void project(List<EventEnvelope> events) {
    history.append(events);
    assertThat(projector.project(events).allApplied()).isTrue();
  }

  private QuoteStream quote(String tenant, int n, CustomerId customer, long unitPrice, VatCode vat) {
    QuoteStream quote = new QuoteStream(tenant, QuoteId.of(String.format("0193a5b2-7c41-7d2e-9f3a-%012d", n)), customer,
        NOV.plus(Duration.ofHours(n)));
    project(List.of(quote.drafted("Job " + n), quote.lineAdded(quote.line("Work", "1", unitPrice, vat, false))));
    quotes.add(quote);
    return quote;
  }

  private EventEnvelope issue(QuoteStream quote) {
    EventEnvelope issued = quote.issued(++numbers);
    project(List.of(issued));
    return issued;
  }

  /** Six quotes of t-acme (one of each fate) and one of another tenant. */
  @BeforeEach
  void sixQuotes() {
    QuoteStream accepted = quote(ACME, 1, MILL_LANE, 130_000, VatCode.STANDARD);
    issue(accepted);
    project(List.of(accepted.viewed()));
    project(List.of(accepted.after(Duration.ofDays(2)).accepted(Set.of())));
    QuoteStream declined = quote(ACME, 2, HIGH_STREET, 10_000, VatCode.ZERO);
    issue(declined);
    project(List.of(declined.declined(DeclineReason.PRICE, "too dear")));
    QuoteStream expired = quote(ACME, 3, MILL_LANE, 20_000, VatCode.STANDARD);
    issue(expired);
    project(List.of(expired.after(Duration.ofDays(30)).expired()));
    issue(quote(ACME, 4, HIGH_STREET, 5_000, VatCode.REDUCED));
    quote(ACME, 5, MILL_LANE, 700, VatCode.STANDARD);
    QuoteStream withdrawn = quote(ACME, 6, MILL_LANE, 1_000, VatCode.STANDARD);
    issue(withdrawn);
    project(List.of(withdrawn.withdrawn("customer moved")));
    quote("t-other", 7, MILL_LANE, 99_999, VatCode.STANDARD);
  }

  private static List<String> titles(Answer answer) {
    List<String> titles = new ArrayList<>();
    answer.json().get("items").forEach(item -> titles.add(item.get("title").asText()));
    return titles;
  }

  private static String quoteId(int n) {
    return String.format("0193a5b2-7c41-7d2e-9f3a-%012d", n);
  }

  @Nested
  class The_list {

    @Test
    void shows_the_tenants_quotes_newest_draft_first_with_pence_and_iso_dates() {
      Answer answer = api.send(get("GET /quotes", "/quotes"));

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.header("content-type")).isEqualTo("application/json");
      assertThat(titles(answer)).containsExactly("Job 6", "Job 5", "Job 4", "Job 3", "Job 2", "Job 1");
      JsonNode first = answer.json().get("items").get(5);
      assertThat(first.get("quoteId").asText()).isEqualTo(quoteId(1));
      assertThat(first.get("version").asLong()).isEqualTo(5);
      assertThat(first.get("state").asText()).isEqualTo("accepted");
      assertThat(first.get("displayNumber").asText()).isEqualTo("Q-00001");
      assertThat(first.get("gross").isIntegralNumber()).isTrue();
      assertThat(first.get("gross").asLong()).isEqualTo(156_000);
      assertThat(first.get("draftedAt").asText()).isEqualTo("2026-11-02T10:00:00Z");
      assertThat(first.get("issuedOn").asText()).isEqualTo("2026-11-02");
      assertThat(answer.json().get("items").get(1).has("gross")).as("a draft has no amounts yet").isFalse();
      assertThat(answer.json().has("nextCursor")).isFalse();
      assertThat(answer.json().get("limit").asInt()).isEqualTo(25);
      assertThat(answer.json().get("behind").asBoolean()).isFalse();
    }

    @Test
    void filters_by_state_customer_and_a_date_range() {
      Answer decided = api.send(get("GET /quotes", "/quotes").query("state", "accepted,declined,expired"));
      Answer millLane = api.send(get("GET /quotes", "/quotes").query("customerId", MILL_LANE.toString()));
      Answer issuedEarly = api.send(get("GET /quotes", "/quotes").query("dateField", "issued")
          .query("from", "2026-11-02").query("to", "2026-11-02"));

      assertThat(titles(decided)).containsExactly("Job 3", "Job 2", "Job 1");
      assertThat(titles(millLane)).containsExactly("Job 6", "Job 5", "Job 3", "Job 1");
      assertThat(titles(issuedEarly)).containsExactly("Job 6", "Job 4", "Job 3", "Job 2", "Job 1");
    }

    @Test
    void sorts_by_one_of_the_offered_orders() {
      Answer byGross = api.send(get("GET /quotes", "/quotes").query("sort", "gross").query("order", "asc"));
      Answer byNumber = api.send(get("GET /quotes", "/quotes").query("sort", "number").query("order", "desc"));

      assertThat(titles(byGross)).as("a draft has no gross and comes first").containsExactly("Job 5", "Job 6", "Job 4",
          "Job 2", "Job 3", "Job 1");
      assertThat(titles(byNumber)).containsExactly("Job 6", "Job 4", "Job 3", "Job 2", "Job 1", "Job 5");
    }

    @Test
    void pages_with_a_cursor_without_repeating_or_skipping_a_quote_while_quotes_are_added() {
      List<String> seen = new ArrayList<>();
      Answer page = api.send(get("GET /quotes", "/quotes").query("limit", "2").query("sort", "drafted")
          .query("order", "asc"));
      int added = 0;
      while (true) {
        assertThat(page.status()).isEqualTo(200);
        seen.addAll(titles(page));
        quote(ACME, 100 + added++, MILL_LANE, 100, VatCode.ZERO);
        if (!page.json().has("nextCursor")) {
          break;
        }
        page = api.send(get("GET /quotes", "/quotes").query("limit", "2").query("sort", "drafted").query("order", "asc")
            .query("cursor", page.json().get("nextCursor").asText()));
      }

      assertThat(seen).doesNotHaveDuplicates();
      assertThat(seen.subList(0, 6)).containsExactly("Job 1", "Job 2", "Job 3", "Job 4", "Job 5", "Job 6");
      assertThat(seen).as("quotes added behind the cursor are reached too").contains("Job 100", "Job 101");
    }

    @Test
    void a_page_larger_than_one_hundred_is_capped_at_one_hundred() {
      for (int n = 0; n < 100; n++) {
        quote(ACME, 1_000 + n, HIGH_STREET, 100, VatCode.ZERO);
      }

      Answer answer = api.send(get("GET /quotes", "/quotes").query("limit", "500"));

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.json().get("items")).hasSize(100);
      assertThat(answer.json().get("limit").asInt()).isEqualTo(100);
      assertThat(answer.json().has("nextCursor")).isTrue();
    }

    @Test
    void bad_parameters_are_a_400_naming_each_one() {
      Answer answer = api.send(get("GET /quotes", "/quotes").query("colour", "blue").query("state", "lost")
          .query("sort", "title").query("limit", "0").query("from", "yesterday").query("cursor", "bm90IGEgY3Vyc29y")
          .query("customerId", "{\"$ne\": null}"));

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.header("content-type")).isEqualTo("application/problem+json");
      List<String> fields = new ArrayList<>();
      answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
      assertThat(fields).containsExactlyInAnyOrder("colour (query)", "state (query)", "sort (query)", "limit (query)",
          "from (query)", "cursor (query)", "customerId (query)", "dateField (query)");
      assertThat(answer.body()).contains("must be one of drafted, updated, number, gross, validUntil");
    }

    @Test
    void a_cursor_of_another_order_is_refused() {
      Answer first = api.send(get("GET /quotes", "/quotes").query("limit", "2"));

      Answer mixed = api.send(get("GET /quotes", "/quotes").query("limit", "2").query("sort", "gross")
          .query("cursor", first.json().get("nextCursor").asText()));

      assertThat(mixed.status()).isEqualTo(400);
      assertThat(mixed.body()).contains("cursor (query)");
    }
  }

  @Nested
  class The_quote_page {

    @Test
    void shows_details_lines_totals_with_vat_per_code_and_the_state_history() {
      Answer answer = api.send(get("GET /quotes/{quoteId}", "/quotes/" + quoteId(1)));

      assertThat(answer.status()).isEqualTo(200);
      JsonNode quote = answer.json();
      assertThat(quote.get("quoteId").asText()).isEqualTo(quoteId(1));
      assertThat(quote.get("version").asLong()).isEqualTo(5);
      assertThat(quote.get("state").asText()).isEqualTo("accepted");
      assertThat(quote.get("roundingPolicy").asText()).isEqualTo("per-line");
      assertThat(quote.at("/lines/0/unitPrice").asLong()).isEqualTo(130_000);
      assertThat(quote.at("/lines/0/vatCode").asText()).isEqualTo("standard");
      assertThat(quote.at("/totals/vat/0/vat").asLong()).isEqualTo(26_000);
      assertThat(quote.at("/totals/gross").asLong()).isEqualTo(156_000);
      assertThat(quote.get("totalsBasis").asText()).isEqualTo("ACCEPTED");
      List<String> history = new ArrayList<>();
      quote.get("history").forEach(h -> history.add(h.get("event").asText() + " by " + h.get("by").asText()));
      assertThat(history).containsExactly("QuoteDrafted by u-owner", "QuoteIssued by u-owner", "QuoteViewed by u-owner",
          "QuoteAccepted by u-owner");
      assertThat(quote.at("/history/0/at").asText()).isEqualTo("2026-11-02T10:00:00Z");
      assertThat(quote.at("/history/0/roles/0").asText()).isEqualTo("owner");
      assertThat(quote.get("behind").asBoolean()).isFalse();
    }

    @Test
    void another_tenants_quote_and_a_malformed_id_are_not_found() {
      Answer theirs = api.send(get("GET /quotes/{quoteId}", "/quotes/" + quoteId(7)));
      Answer malformed = api.send(get("GET /quotes/{quoteId}", "/quotes/7"));

      assertThat(theirs.status()).isEqualTo(404);
      assertThat(theirs.header("content-type")).isEqualTo("application/problem+json");
      assertThat(malformed.status()).isEqualTo(404);
      assertThat(api.send(get("GET /quotes/{quoteId}", "/quotes/" + quoteId(7)).as("t-other", OWNER, "[admin]")).status())
          .isEqualTo(200);
    }

    @Test
    void an_unknown_parameter_is_a_400() {
      Answer answer = api.send(get("GET /quotes/{quoteId}", "/quotes/" + quoteId(1)).query("fields", "title"));

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.body()).contains("fields (query)");
    }
  }

  @Test
  void the_page_shows_the_sites_address_as_the_book_has_it_now_and_none_once_the_customer_is_erased() {
    SiteId site = SiteId.of("0193a5a0-5555-7abc-8def-0123456789ab");
    QuoteStream quote = new QuoteStream(ACME, QuoteId.of("0193a5b2-7c41-7d2e-9f3a-000000000077"), MILL_LANE, NOV);
    project(List.of(quote.append(new QuoteDrafted(quote.quoteId(), MILL_LANE, site, "Porch", null, null,
        LocalDate.parse("2026-12-31"), null, null, RoundingPolicy.PER_LINE, 30))));
    customerSites.customer(TenantId.of(ACME), MILL_LANE.toString(),
        List.of(new SiteAddress(site.toString(), List.of("12 Mill Lane"), "Leeds", "LS1 4AP", null)));

    JsonNode page = api.send(get("GET /quotes/{quoteId}", "/quotes/" + quote.quoteId())).json();
    assertThat(page.get("siteId").asText()).isEqualTo(site.toString());
    assertThat(page.get("site").get("postcode").asText()).isEqualTo("LS1 4AP");
    assertThat(page.get("site").get("lines").get(0).asText()).isEqualTo("12 Mill Lane");

    customerSites.erased(TenantId.of(ACME), MILL_LANE.toString());
    assertThat(api.send(get("GET /quotes/{quoteId}", "/quotes/" + quote.quoteId())).json().has("site")).isFalse();
  }

  @Nested
  class The_customers_name {

    private String customerOf(Answer list, int n) {
      for (JsonNode item : list.json().get("items")) {
        if (item.get("quoteId").asText().equals(quoteId(n))) {
          return item.hasNonNull("customerName") ? item.get("customerName").asText() : null;
        }
      }
      throw new AssertionError("quote " + n + " is not listed");
    }

    @Test
    void is_joined_from_the_customer_book_into_the_list_and_the_page_and_follows_a_rename() {
      customerNames.name(TenantId.of(ACME), MILL_LANE.toString(), "Mill Lane Lettings Ltd")
          .name(TenantId.of(ACME), HIGH_STREET.toString(), "High Street Bakery");

      Answer list = api.send(get("GET /quotes", "/quotes"));
      assertThat(customerOf(list, 1)).isEqualTo("Mill Lane Lettings Ltd");
      assertThat(customerOf(list, 2)).isEqualTo("High Street Bakery");
      assertThat(api.send(get("GET /quotes/{quoteId}", "/quotes/" + quoteId(1))).json().get("customerName").asText())
          .isEqualTo("Mill Lane Lettings Ltd");

      customerNames.name(TenantId.of(ACME), MILL_LANE.toString(), "Canal Wharf Lettings Ltd");

      assertThat(customerOf(api.send(get("GET /quotes", "/quotes")), 3)).isEqualTo("Canal Wharf Lettings Ltd");
      assertThat(api.send(get("GET /quotes/{quoteId}", "/quotes/" + quoteId(1))).json().get("customerName").asText())
          .isEqualTo("Canal Wharf Lettings Ltd");
    }

    @Test
    void is_absent_while_the_book_does_not_have_the_customer_and_another_tenants_name_is_never_shown() {
      customerNames.name(TenantId.of("t-other"), MILL_LANE.toString(), "Someone Elsewhere");

      assertThat(customerOf(api.send(get("GET /quotes", "/quotes")), 1)).isNull();
      assertThat(api.send(get("GET /quotes/{quoteId}", "/quotes/" + quoteId(1))).json().hasNonNull("customerName"))
          .isFalse();
    }
  }

  @Nested
  class Reading_your_own_write {

    @Test
    void waits_until_the_quote_reaches_the_version_then_answers_up_to_date() throws Exception {
      QuoteStream quote = quotes.get(3);
      EventEnvelope viewed = quote.viewed();

      CompletableFuture<Answer> answer = CompletableFuture.supplyAsync(() -> api.send(
          get("GET /quotes/{quoteId}", "/quotes/" + quote.quoteId()).query("minVersion", Long.toString(viewed.version()))));
      assertThat(answer).as("still waiting for version " + viewed.version()).isNotDone();
      project(List.of(viewed));

      Answer done = answer.get(30, TimeUnit.SECONDS);
      assertThat(done.status()).isEqualTo(200);
      assertThat(done.json().get("version").asLong()).isEqualTo(viewed.version());
      assertThat(done.json().get("state").asText()).isEqualTo("viewed");
      assertThat(done.json().get("behind").asBoolean()).isFalse();
      assertThat(done.header("x-read-model-behind")).isNull();
    }

    @Test
    void answers_what_it_has_after_the_wait_saying_it_is_behind() {
      HttpCalls impatient = api(Duration.ofMillis(200));
      String quote = quotes.get(3).quoteId().toString();

      Answer detail = impatient.send(get("GET /quotes/{quoteId}", "/quotes/" + quote).query("minVersion", "9"));
      Answer list = impatient.send(get("GET /quotes", "/quotes").query("minVersion", quote + ":9"));
      Answer report = impatient.send(get("GET /reports/quotes-pipeline", "/reports/quotes-pipeline")
          .query("from", "2026-11-01").query("to", "2026-11-30").query("minVersion", quote + ":9"));

      for (Answer answer : List.of(detail, list, report)) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("behind").asBoolean()).isTrue();
        assertThat(answer.header("x-read-model-behind")).isEqualTo("true");
      }
      assertThat(detail.json().get("version").asLong()).isEqualTo(3);
    }

    @Test
    void a_quote_not_there_after_the_wait_is_not_found_and_the_answer_says_the_read_model_is_behind() {
      Answer answer = api(Duration.ofMillis(100)).send(get("GET /quotes/{quoteId}", "/quotes/" + quoteId(55))
          .query("minVersion", "1"));

      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.header("x-read-model-behind")).isEqualTo("true");
    }

    @Test
    void the_list_waits_for_the_named_quote_to_reach_the_version() throws Exception {
      QuoteStream quote = quotes.get(4);
      EventEnvelope issued = quote.issued(77);

      CompletableFuture<Answer> answer = CompletableFuture.supplyAsync(() -> api.send(get("GET /quotes", "/quotes")
          .query("state", "issued").query("minVersion", quote.quoteId() + ":" + issued.version())));
      assertThat(answer).isNotDone();
      project(List.of(issued));

      Answer done = answer.get(30, TimeUnit.SECONDS);
      assertThat(done.json().get("behind").asBoolean()).isFalse();
      assertThat(titles(done)).contains("Job 5");
    }

    @Test
    void a_malformed_min_version_is_a_400() {
      Answer answer = api.send(get("GET /quotes", "/quotes").query("minVersion", "7"));

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.body()).contains("<quoteId>:<version>");
    }
  }

  @Nested
  class The_pipeline {

    @Test
    void is_read_by_an_api_client_of_the_business_as_its_own_figures_and_the_quotes_are_not() {
      Answer asClient = api.send(get("GET /reports/quotes-pipeline", "/reports/quotes-pipeline")
          .query("from", "2026-11-01").query("to", "2026-11-30").asApiClient(ACME, "accountant1"));
      Answer asOwner = api.send(get("GET /reports/quotes-pipeline", "/reports/quotes-pipeline")
          .query("from", "2026-11-01").query("to", "2026-11-30"));
      Answer quotes = api.send(get("GET /quotes", "/quotes").asApiClient(ACME, "accountant1"));

      assertThat(asClient.status()).as(asClient.body()).isEqualTo(200);
      assertThat(asClient.json()).isEqualTo(asOwner.json());
      assertThat(quotes.status()).isEqualTo(403);
      assertThat(quotes.json().get("code").asText()).isEqualTo("api-client.not-allowed");
    }

    @Test
    void counts_and_values_quotes_first_issued_in_the_period_by_state_with_conversion_and_time_to_accept() {
      Answer answer = api.send(get("GET /reports/quotes-pipeline", "/reports/quotes-pipeline")
          .query("from", "2026-11-01").query("to", "2026-11-30"));

      assertThat(answer.status()).isEqualTo(200);
      JsonNode report = answer.json();
      assertThat(report.at("/byState/accepted/count").asLong()).isEqualTo(1);
      assertThat(report.at("/byState/accepted/gross").asLong()).isEqualTo(156_000);
      assertThat(report.at("/byState/declined/gross").asLong()).isEqualTo(10_000);
      assertThat(report.at("/byState/expired/count").asLong()).isEqualTo(1);
      assertThat(report.at("/byState/issued/count").asLong()).isEqualTo(1);
      assertThat(report.at("/byState/withdrawn/count").asLong()).isEqualTo(1);
      assertThat(report.at("/byState/draft/count").asLong()).as("never issued: not in the pipeline").isZero();
      assertThat(report.get("issued").asLong()).isEqualTo(5);
      assertThat(report.get("decided").asLong()).isEqualTo(3);
      assertThat(report.get("awaitingDecision").asLong()).isEqualTo(1);
      assertThat(report.get("conversionRate").decimalValue()).isEqualByComparingTo("0.3333");
      assertThat(report.get("acceptedOfIssued").decimalValue()).isEqualByComparingTo("0.2");
      assertThat(report.get("averageDaysToAccept").decimalValue()).isEqualByComparingTo("2.0");
      assertThat(report.at("/declineReasons/price").asLong()).isEqualTo(1);
    }

    @Test
    void a_period_is_required_and_must_run_forwards() {
      Answer missing = api.send(get("GET /reports/quotes-pipeline", "/reports/quotes-pipeline"));
      Answer backwards = api.send(get("GET /reports/quotes-pipeline", "/reports/quotes-pipeline")
          .query("from", "2026-11-30").query("to", "2026-11-01"));

      assertThat(missing.status()).isEqualTo(400);
      assertThat(missing.body()).contains("from (query)", "to (query)");
      assertThat(backwards.status()).isEqualTo(400);
    }

    @Test
    void a_period_with_nothing_issued_has_no_rates() {
      Answer answer = api.send(get("GET /reports/quotes-pipeline", "/reports/quotes-pipeline")
          .query("from", "2025-01-01").query("to", "2025-12-31"));

      assertThat(answer.json().get("issued").asLong()).isZero();
      assertThat(answer.json().get("conversionRate").isNull()).isTrue();
    }
  }

  @Nested
  class Who_may_ask {

    @Test
    void staff_see_no_prices_on_any_route() {
      Set<Integer> statuses = new HashSet<>();
      statuses.add(api.send(get("GET /quotes", "/quotes").as(ACME, "u-staff", "[staff]")).status());
      statuses.add(api.send(get("GET /quotes/{quoteId}", "/quotes/" + quoteId(1)).as(ACME, "u-staff", "[staff]")).status());
      statuses.add(api.send(get("GET /reports/quotes-pipeline", "/reports/quotes-pipeline").query("from", "2026-11-01")
          .query("to", "2026-11-30").as(ACME, "u-staff", "[staff]")).status());

      assertThat(statuses).containsExactly(403);
    }

    @Test
    void an_admin_may_and_a_token_without_a_tenant_may_not() {
      assertThat(api.send(get("GET /quotes", "/quotes").as(ACME, "u-admin", "[admin]")).status()).isEqualTo(200);
      assertThat(api.send(get("GET /quotes", "/quotes").withoutClaim("custom:tenant_id")).status()).isEqualTo(401);
    }
  }

  @Test
  void snapstart_priming_reads_but_writes_nothing() {
    MongoDatabase database = EmbeddedMongo.freshDatabase();
    MongoReadModels mongo = new MongoReadModels(database, ReadSides.ALL);
    QuoteQueryFunction function = new QuoteQueryFunction(mongo, new MongoQuoteQueries(mongo), new MongoQuoteQueries(mongo),
        new app.jobmate.projections.adapter.mongodb.MongoCustomerNames(mongo),
        new app.jobmate.projections.adapter.mongodb.MongoCustomerSites(mongo), Duration.ofSeconds(1));

    function.prime();

    assertThat(database.listCollectionNames().into(new HashSet<>())).isEmpty();
  }
}
