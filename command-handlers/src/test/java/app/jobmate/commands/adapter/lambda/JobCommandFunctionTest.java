package app.jobmate.commands.adapter.lambda;

import static app.jobmate.testing.HttpApiCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.adapter.memory.InMemoryPendingConversions;
import app.jobmate.commands.adapter.memory.InMemoryQuoteNumbers;
import app.jobmate.commands.adapter.memory.InMemoryQuotePolicies;
import app.jobmate.commands.conversion.JobIds;
import app.jobmate.commands.customers.CustomerBook;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.SiteId;
import app.jobmate.events.values.TenantId;
import app.jobmate.testing.HttpApiCalls.Answer;
import app.jobmate.testing.HttpApiCalls;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class JobCommandFunctionTest {

  private static final String ACME = "t-acme";
  private static final String BRIGHTSIDE = "t-brightside";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
  private static final String JOB = "0193b0c4-3333-7abc-8def-0123456789ab";
  private static final String CUSTOMER = "0193a5a0-1111-7abc-8def-0123456789ab";
  private static final String NOTE = "0193b0c5-0001-7000-8000-00000000d001";
  private static final String BASE = "/jobs/" + JOB;

  private final InMemoryEventStore store = CustomerBook.withCustomer(
      new InMemoryEventStore(), CustomerId.of(CUSTOMER), TenantId.of(ACME));
  private final InMemoryPendingConversions pending = new InMemoryPendingConversions();
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T08:05:00Z"), ZoneOffset.UTC);
  private final HttpApiCalls api = new HttpApiCalls(new JobCommandFunction(store, pending, clock));
  /** The business's quote policy, as its settings would say. */
  private app.jobmate.commands.quotes.QuotePolicies.QuotePolicy policy =
      new InMemoryQuotePolicies(Map.of()).of(TenantId.of(ACME));
  private final HttpApiCalls quotes = new HttpApiCalls(new QuoteCommandFunction(store, new InMemoryQuoteNumbers(),
      tenant -> policy, clock));

  private Answer create() {
    return asOwner("POST /jobs", "/jobs", """
        {"jobId": "%s", "customerId": "%s", "title": "Replace the kitchen radiator",
         "description": "Double panel, same size", "agreedValue": {"net": 45000, "vat": 9000}}""".formatted(JOB, CUSTOMER));
  }

  private Answer asOwner(String routeKey, String path, String body) {
    return api.send(call(routeKey, path).as(ACME, OWNER, "[owner]").body(body));
  }

  private Answer asOwner(String routeKey, String path) {
    return api.send(call(routeKey, path).as(ACME, OWNER, "[owner]"));
  }

  private List<EventEnvelope> stored(String tenant) {
    return store.read(new StreamId(TenantId.of(tenant), "job", JOB)).stream().flatMap(c -> c.events().stream()).toList();
  }

  @Test
  void creating_a_job_answers_201_with_its_location_and_records_the_agreed_value_with_its_gross() {
    Answer answer = create();

    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.header("location")).isEqualTo(BASE);
    assertThat(stored(ACME)).extracting(EventEnvelope::eventType).containsExactly("JobCreated");
    assertThat(stored(ACME).getFirst().data().get("agreedValue").get("gross").asLong()).isEqualTo(54_000);
    assertThat(stored(ACME).getFirst().data().get("createdAt").asText()).isEqualTo("2026-12-03T08:05:00Z");
  }

  @Test
  void a_job_moves_through_its_life_and_takes_notes_by_whoever_wrote_them() {
    create();
    List<Answer> answers = List.of(
        asOwner("POST /jobs/{jobId}/schedule", BASE + "/schedule", "{\"day\": \"2026-12-10\"}"),
        asOwner("POST /jobs/{jobId}/start", BASE + "/start"),
        asOwner("POST /jobs/{jobId}/complete", BASE + "/complete"),
        asOwner("POST /jobs/{jobId}/reopen", BASE + "/reopen", "{\"reason\": \"A drip\"}"),
        asOwner("POST /jobs/{jobId}/notes", BASE + "/notes", "{\"noteId\": \"%s\", \"text\": \"Fixed the drip\"}"
            .formatted(NOTE)),
        asOwner("POST /jobs/{jobId}/complete", BASE + "/complete"));

    assertThat(answers).extracting(Answer::status).containsExactly(200, 200, 200, 200, 201, 200);
    assertThat(answers.get(4).header("location")).isEqualTo(BASE + "/notes/" + NOTE);
    assertThat(stored(ACME)).extracting(EventEnvelope::eventType).containsExactly("JobCreated", "JobScheduled",
        "JobStarted", "JobCompleted", "JobReopened", "JobNoteAdded", "JobCompleted");
    assertThat(stored(ACME).get(5).data().get("by").asText()).isEqualTo(OWNER);
  }

  @Test
  void a_value_agreed_later_replaces_the_agreed_value_with_its_gross_and_a_cancelled_job_takes_none() {
    create();

    Answer agreed = asOwner("PUT /jobs/{jobId}/agreed-value", BASE + "/agreed-value", """
        {"net": 52000, "vat": 10400, "reason": "Second radiator added on site"}""");
    Answer invalid = asOwner("PUT /jobs/{jobId}/agreed-value", BASE + "/agreed-value", """
        {"net": -1, "gross": 5}""");

    assertThat(agreed.status()).isEqualTo(200);
    assertThat(stored(ACME).getLast().eventType()).isEqualTo("JobValueAgreed");
    JsonNode value = stored(ACME).getLast().data().get("agreedValue");
    assertThat(value.get("gross").asLong()).isEqualTo(62_400);
    assertThat(stored(ACME).getLast().data().get("reason").asText()).isEqualTo("Second radiator added on site");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().get("errors")).extracting(e -> e.get("field").asText())
        .containsExactlyInAnyOrder("net", "vat", "gross");
    assertThat(stored(ACME)).hasSize(2);

    asOwner("POST /jobs/{jobId}/cancel", BASE + "/cancel", "{}");
    Answer cancelled = asOwner("PUT /jobs/{jobId}/agreed-value", BASE + "/agreed-value", "{\"net\": 1, \"vat\": 0}");
    assertThat(cancelled.status()).isEqualTo(409);
    assertThat(cancelled.json().get("code").asText()).isEqualTo("job.finished");
  }

  @Test
  void a_cancelled_job_is_final_409() {
    create();
    asOwner("POST /jobs/{jobId}/cancel", BASE + "/cancel", "{\"reason\": \"Sold the house\"}");

    Answer answer = asOwner("POST /jobs/{jobId}/start", BASE + "/start");

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.json().get("code").asText()).isEqualTo("job.finished");
  }

  @Test
  void the_title_description_and_site_are_changed_whole_the_site_one_of_the_jobs_customers_and_a_cancelled_job_not() {
    String home = "0193a5a0-2222-7abc-8def-0123456789ab";
    String elsewhere = "0193a5a0-2223-7abc-8def-0123456789ab";
    CustomerBook book = new CustomerBook(store);
    String customer = book.create(TenantId.of(ACME), CustomerId.of("0193a5a0-5555-7abc-8def-0123456789ab"),
        SiteId.of(home)).toString();
    String other = book.create(TenantId.of(ACME), CustomerId.of("0193a5a0-4444-7abc-8def-0123456789ab"),
        SiteId.of(elsewhere)).toString();
    asOwner("POST /jobs", "/jobs", """
        {"jobId": "%s", "customerId": "%s", "title": "Replace the kitchen radiator"}""".formatted(JOB, customer));

    Answer changed = asOwner("PUT /jobs/{jobId}", BASE, """
        {"title": "Replace the kitchen and hall radiators", "siteId": "%s"}""".formatted(home));
    Answer foreign = asOwner("PUT /jobs/{jobId}", BASE, """
        {"title": "Replace the radiators", "siteId": "%s"}""".formatted(elsewhere));
    Answer invalid = asOwner("PUT /jobs/{jobId}", BASE, """
        {"title": " ", "customerId": "%s"}""".formatted(other));

    assertThat(changed.status()).isEqualTo(200);
    JsonNode event = stored(ACME).getLast().data();
    assertThat(stored(ACME).getLast().eventType()).isEqualTo("JobDetailsChanged");
    assertThat(event.get("title").asText()).isEqualTo("Replace the kitchen and hall radiators");
    assertThat(event.get("siteId").asText()).isEqualTo(home);
    assertThat(event.has("description")).as("left out, so cleared").isFalse();
    assertThat(foreign.status()).isEqualTo(422);
    assertThat(foreign.json().get("code").asText()).isEqualTo("job.site-not-found");
    assertThat(foreign.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("siteId");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().get("errors")).extracting(e -> e.get("field").asText())
        .containsExactlyInAnyOrder("title", "customerId");
    assertThat(stored(ACME)).hasSize(2);

    asOwner("POST /jobs/{jobId}/cancel", BASE + "/cancel", "{}");
    Answer cancelled = asOwner("PUT /jobs/{jobId}", BASE, "{\"title\": \"Too late\"}");
    assertThat(cancelled.status()).isEqualTo(409);
    assertThat(cancelled.json().get("code").asText()).isEqualTo("job.finished");
  }

  @Test
  void a_job_for_a_customer_not_in_the_book_archived_or_erased_or_at_another_customers_site_is_refused_naming_the_field() {
    String unknown = "0193a5a0-9999-7abc-8def-0123456789ab";
    String site = "0193a5a0-2222-7abc-8def-0123456789ab";
    CustomerBook book = new CustomerBook(store);
    String archived = book.create(TenantId.of(ACME), CustomerId.of(
        "0193a5a0-3333-7abc-8def-0123456789ab")).toString();
    book.service().archive(TenantId.of(ACME), CustomerId.of(archived), Instant.parse("2026-12-01T09:00:00Z"),
        CustomerBook.context());
    BiFunction<String, String, Answer> createFor = (customer, siteId) -> asOwner("POST /jobs", "/jobs", """
        {"jobId": "%s", "customerId": "%s", %s "title": "Replace the kitchen radiator"}"""
        .formatted(JOB, customer, siteId == null ? "" : "\"siteId\": \"" + siteId + "\","));

    for (var refused : List.of(List.of(unknown, "job.customer-not-found", "customerId"),
        List.of(archived, "job.customer-archived", "customerId"), List.of(CUSTOMER, "job.site-not-found", "siteId"))) {
      Answer answer = createFor.apply(refused.get(0), refused.get(2).equals("siteId") ? site : null);

      assertThat(answer.status()).as(refused.get(1)).isEqualTo(422);
      assertThat(answer.json().get("code").asText()).isEqualTo(refused.get(1));
      assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly(refused.get(2));
    }
    assertThat(stored(ACME)).isEmpty();
  }

  @Test
  void every_invalid_field_is_named_at_once_and_nothing_is_written() {
    Answer answer = asOwner("POST /jobs", "/jobs", """
        {"jobId": "not-an-id", "title": " ", "agreedValue": {"net": -1, "gross": 5}, "colour": "red"}""");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactlyInAnyOrder(
        "jobId", "customerId", "title", "agreedValue.net", "agreedValue.vat", "agreedValue.gross", "colour");
    assertThat(stored(ACME)).isEmpty();
  }

  @Test
  void a_day_far_in_the_future_or_before_2000_is_refused() {
    create();

    assertThat(asOwner("POST /jobs/{jobId}/schedule", BASE + "/schedule", "{\"day\": \"1999-12-31\"}").status())
        .isEqualTo(400);
    assertThat(asOwner("POST /jobs/{jobId}/schedule", BASE + "/schedule", "{\"day\": \"2037-01-01\"}").status())
        .isEqualTo(400);
    assertThat(stored(ACME)).hasSize(1);
  }

  @Test
  void staff_may_not_change_jobs() {
    create();

    Answer answer = api.send(call("POST /jobs/{jobId}/start", BASE + "/start").as(ACME, SAM, "[staff]"));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(stored(ACME)).hasSize(1);
  }

  @Test
  void another_businesses_job_is_not_found_and_nothing_is_written() {
    create();

    Answer answer = api.send(call("POST /jobs/{jobId}/start", BASE + "/start").as(BRIGHTSIDE, OWNER, "[owner]"));

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().get("code").asText()).isEqualTo("job.not-found");
    assertThat(stored(BRIGHTSIDE)).isEmpty();
    assertThat(stored(ACME)).hasSize(1);
  }

  // ------------------------------------------------------------------ converting a quote

  private static final String QUOTE = "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60";
  private static final String LINE = "0193a5b3-0001-7000-8000-00000000b011";
  private static final String EXTRA = "0193a5b3-0002-7000-8000-00000000b012";

  private void issuedQuote() {
    assertThat(quotes.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").body("""
        {"quoteId": "%s", "customerId": "%s", "title": "New combi boiler", "notes": "Side gate",
         "lines": [{"lineId": "%s", "description": "Boiler", "quantity": 1, "unitPrice": 189500, "vatCode": "standard"},
                   {"lineId": "%s", "description": "Filter", "quantity": 1, "unitPrice": 9000, "vatCode": "standard",
                    "optional": true}]}""".formatted(QUOTE, CUSTOMER, LINE, EXTRA))).status()).isEqualTo(201);
    assertThat(quotes.send(call("POST /quotes/{quoteId}/issue", "/quotes/" + QUOTE + "/issue").as(ACME, OWNER, "[owner]"))
        .status()).isEqualTo(200);
  }

  private void acceptedQuote() {
    issuedQuote();
    assertThat(quotes.send(call("POST /quotes/{quoteId}/accept", "/quotes/" + QUOTE + "/accept").as(ACME, OWNER, "[owner]")
        .body("{\"optionalLinesTaken\": []}")).status()).isEqualTo(200);
  }

  private Answer convert(String tenant) {
    return api.send(call("POST /quotes/{quoteId}/convert-to-job", "/quotes/" + QUOTE + "/convert-to-job")
        .as(tenant, OWNER, "[owner]"));
  }

  private List<EventEnvelope> storedOf(String tenant, String type, String id) {
    return store.read(new StreamId(TenantId.of(tenant), type, id)).stream().flatMap(c -> c.events().stream()).toList();
  }

  @Test
  void the_job_of_a_quote_numbered_with_the_business_s_prefix_carries_the_reference_as_printed() {
    policy = new app.jobmate.commands.quotes.QuotePolicies.QuotePolicy(policy.rounding(), policy.validityDays(),
        policy.vatRegisteredFrom(), "ACME-");
    acceptedQuote();
    String job = JobIds.fromQuote(QuoteId.of(QUOTE)).toString();

    assertThat(convert(ACME).status()).isEqualTo(201);

    assertThat(storedOf(ACME, "job", job).getFirst().data().get("quoteReference").asText()).isEqualTo("ACME-00001");
  }

  @Test
  void converting_an_accepted_quote_opens_its_job_then_marks_the_quote_converted_naming_it() {
    acceptedQuote();
    String job = JobIds.fromQuote(QuoteId.of(QUOTE)).toString();

    Answer answer = convert(ACME);

    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.header("location")).isEqualTo("/jobs/" + job);
    assertThat(answer.json().get("streamId").asText()).isEqualTo(job);
    List<EventEnvelope> jobEvents = storedOf(ACME, "job", job);
    assertThat(jobEvents).extracting(EventEnvelope::eventType).containsExactly("JobCreatedFromQuote");
    assertThat(jobEvents.getFirst().data().get("quoteReference").asText()).isEqualTo("Q-00001");
    assertThat(jobEvents.getFirst().data().get("lines")).as("the optional line not taken is not agreed").hasSize(1);
    assertThat(jobEvents.getFirst().data().get("agreedValue").get("gross").asLong()).isEqualTo(227_400);
    assertThat(storedOf(ACME, "quote", QUOTE).getLast().eventType()).isEqualTo("QuoteConvertedToJob");
    assertThat(storedOf(ACME, "quote", QUOTE).getLast().data().get("jobId").asText()).isEqualTo(job);
    assertThat(pending.before(Instant.MAX, 10)).as("no conversion left in flight").isEmpty();
  }

  @Test
  void converting_twice_gives_the_same_job_and_writes_nothing_more() {
    acceptedQuote();
    Answer first = convert(ACME);

    Answer second = convert(ACME);

    assertThat(second.status()).isEqualTo(200);
    assertThat(second.header("location")).isEqualTo(first.header("location"));
    assertThat(second.json().get("version").asLong()).isEqualTo(1);
    assertThat(storedOf(ACME, "job", JobIds.fromQuote(QuoteId.of(QUOTE)).toString())).hasSize(1);
    assertThat(storedOf(ACME, "quote", QUOTE)).extracting(EventEnvelope::eventType)
        .filteredOn("QuoteConvertedToJob"::equals).hasSize(1);
  }

  @Test
  void a_conversion_tried_again_under_its_idempotency_key_answers_the_first_result_replayed_and_writes_nothing() {
    acceptedQuote();
    Answer first = api.send(call("POST /quotes/{quoteId}/convert-to-job", "/quotes/" + QUOTE + "/convert-to-job")
        .as(ACME, OWNER, "[owner]").header("idempotency-key", "convert-1"));

    Answer retried = api.send(call("POST /quotes/{quoteId}/convert-to-job", "/quotes/" + QUOTE + "/convert-to-job")
        .as(ACME, OWNER, "[owner]").header("idempotency-key", "convert-1"));

    assertThat(first.status()).isEqualTo(201);
    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.header("idempotent-replayed")).isEqualTo("true");
    assertThat(retried.header("location")).isEqualTo(first.header("location"));
    assertThat(retried.json().get("version").asLong()).isEqualTo(first.json().get("version").asLong());
    assertThat(storedOf(ACME, "job", JobIds.fromQuote(QuoteId.of(QUOTE)).toString())).hasSize(1);
    assertThat(storedOf(ACME, "quote", QUOTE)).extracting(EventEnvelope::eventType)
        .filteredOn("QuoteConvertedToJob"::equals).hasSize(1);
  }

  @Test
  void a_quote_not_accepted_is_not_converted_409_and_nothing_is_written() {
    issuedQuote();

    Answer answer = convert(ACME);

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.json().get("code").asText()).isEqualTo("quote.not-accepted");
    assertThat(storedOf(ACME, "job", JobIds.fromQuote(QuoteId.of(QUOTE)).toString())).isEmpty();
    assertThat(pending.before(Instant.MAX, 10)).isEmpty();
  }

  @Test
  void another_businesses_quote_is_not_found_and_nothing_is_written() {
    acceptedQuote();

    Answer answer = convert(BRIGHTSIDE);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().get("code").asText()).isEqualTo("quote.not-found");
    assertThat(storedOf(BRIGHTSIDE, "job", JobIds.fromQuote(QuoteId.of(QUOTE)).toString())).isEmpty();
  }

  @Test
  void converting_takes_no_body_fields() {
    acceptedQuote();

    Answer answer = api.send(call("POST /quotes/{quoteId}/convert-to-job", "/quotes/" + QUOTE + "/convert-to-job")
        .as(ACME, OWNER, "[owner]").body("{\"jobId\": \"0193a5b2-7c41-7d2e-9f3a-00000000a0b0\"}"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("jobId");
  }
}
