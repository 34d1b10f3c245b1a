package app.jobmate.projections.jobs.adapter.lambda;

import static app.jobmate.projections.testing.HttpCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.jobs.AgreedValue;
import app.jobmate.events.jobs.JobEvent.JobCreated;
import app.jobmate.events.jobs.JobEvent.JobCreatedFromQuote;
import app.jobmate.events.jobs.JobEvent.JobScheduled;
import app.jobmate.events.jobs.JobEvent.JobStarted;
import app.jobmate.events.jobs.JobLine;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.SiteId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.memory.InMemoryCustomerNames;
import app.jobmate.projections.adapter.memory.InMemoryCustomerSites;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.jobs.JobReadSide;
import app.jobmate.projections.jobs.adapter.mongodb.MongoJobQueries;
import app.jobmate.projections.jobs.adapter.mongodb.MongoJobTasks;
import app.jobmate.projections.query.CustomerSites.SiteAddress;
import app.jobmate.projections.tasks.TaskReadSide;
import app.jobmate.projections.testing.EmbeddedMongo;
import app.jobmate.projections.testing.HttpCalls.Answer;
import app.jobmate.projections.testing.HttpCalls;
import app.jobmate.projections.testing.JobStream;
import app.jobmate.projections.testing.TaskStream;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The job queries on real MongoDB adapters (mongo-java-server), fed by the job and task projections:
 * the list with its filters and keyset paging, the job's page with its tasks joined at query time, and
 * what staff may see.
 */
class JobQueryFunctionTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
  private static final String PAT = "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a";
  private static final CustomerId SMITH = CustomerId.of("0193a5a0-1111-7abc-8def-0123456789ab");
  private static final CustomerId JONES = CustomerId.of("0193a5a0-1111-7abc-8def-0000000000bb");
  private static final Instant START = Instant.parse("2026-11-20T09:00:00Z");

  private final MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL)
      .ensureIndexes();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final Projector projector = new Projector(readModels, history, EventCodec.standard(), projections());
  private final InMemoryCustomerNames customers = new InMemoryCustomerNames()
      .name(TenantId.of(ACME), SMITH.toString(), "Zoë Smith").name(TenantId.of(ACME), JONES.toString(), "Jones & Sons");
  private final InMemoryCustomerSites sites = new InMemoryCustomerSites();
  private final HttpCalls api = new HttpCalls(new JobQueryFunction(readModels, new MongoJobQueries(readModels),
      new MongoJobTasks(readModels), customers, sites, Duration.ofSeconds(5)));

  private static List<Projection<?, ?>> projections() {
    List<Projection<?, ?>> all = new ArrayList<>(new JobReadSide().projections());
    all.addAll(new TaskReadSide().projections());
    return all;
  }

  private void project(List<EventEnvelope> commit) {
    history.append(commit);
    assertThat(projector.project(commit).allApplied()).isTrue();
  }

  private static JobId jobId(int n) {
    return JobId.of(String.format("0193b0c4-3333-7abc-8def-%012d", n));
  }

  private JobStream job(String tenant, int n, String title, CustomerId customer) {
    JobStream job = new JobStream(tenant, jobId(n), START.plus(Duration.ofDays(n)));
    project(List.of(job.append(new JobCreated(job.jobId(), customer, null, title, null,
        new AgreedValue(Money.ofPence(10_000), Money.ofPence(2_000), Money.ofPence(12_000)), job.now()))));
    return job;
  }

  private void taskOn(JobId job, String title, String assignee) {
    TaskStream task = new TaskStream(ACME, new TaskId(UUID.randomUUID()), START);
    project(List.of(task.created(title, null, job, LocalDate.parse("2026-12-01"), TaskPriority.HIGH, List.of()),
        task.assigned(assignee)));
  }

  @BeforeEach
  void jobs() {
    JobStream boiler = new JobStream(ACME, jobId(1), START.plus(Duration.ofDays(1)));
    project(List.of(boiler.append(new JobCreatedFromQuote(boiler.jobId(),
        UUID.fromString("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60"), 42, 1, "Q-00042", SMITH, null, "New boiler", null,
        List.of(new JobLine(UUID.fromString("0193a5b3-0001-7000-8000-00000000b011"), "Boiler", Quantity.of("1"),
            Money.ofPence(189_500), VatCode.STANDARD, Money.ofPence(189_500), false)),
        new AgreedValue(Money.ofPence(189_500), Money.ofPence(37_900), Money.ofPence(227_400)), boiler.now()))));
    project(List.of(boiler.append(new JobScheduled(boiler.jobId(), LocalDate.parse("2026-12-01")))));
    JobStream radiator = job(ACME, 2, "Radiator", JONES);
    project(List.of(radiator.append(new JobStarted(radiator.jobId(), START.plus(Duration.ofDays(3))))));
    job(ACME, 3, "Gutter", SMITH);
    job("t-other", 4, "Their job", SMITH);
    taskOn(jobId(1), "Fit the boiler", SAM);
    taskOn(jobId(1), "Flush the system", PAT);
  }

  private static List<String> titles(Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    List<String> titles = new ArrayList<>();
    answer.json().get("items").forEach(item -> titles.add(item.get("title").asText()));
    return titles;
  }

  private Answer asOwner(HttpCalls.Call call) {
    return api.send(call.as(ACME, OWNER, "[owner]"));
  }

  @Test
  void the_list_is_the_tenants_jobs_newest_first_with_their_status_and_agreed_value() {
    Answer answer = asOwner(get("GET /jobs", "/jobs"));

    assertThat(titles(answer)).containsExactly("Gutter", "Radiator", "New boiler");
    JsonNode boiler = answer.json().get("items").get(2);
    assertThat(boiler.get("status").asText()).isEqualTo("scheduled");
    assertThat(boiler.get("quoteReference").asText()).isEqualTo("Q-00042");
    assertThat(boiler.get("agreedValue").get("gross").asLong()).isEqualTo(227_400);
    assertThat(answer.json().get("items")).extracting(j -> j.get("customerName").asText())
        .as("each job's customer as the customer book names them now").containsExactly("Zoë Smith", "Jones & Sons", "Zoë Smith");
  }

  @Test
  void a_customer_renamed_shows_renamed_and_one_the_book_does_not_have_shows_without_a_name() {
    customers.name(TenantId.of(ACME), SMITH.toString(), "Zoë Smith-Hart");
    job(ACME, 5, "Porch", CustomerId.of("0193a5a0-1111-7abc-8def-0000000000cc"));

    Answer answer = asOwner(get("GET /jobs", "/jobs"));
    Answer page = asOwner(get("GET /jobs/{jobId}", "/jobs/" + jobId(2)));

    JsonNode items = answer.json().get("items");
    assertThat(items.get(0).get("title").asText()).isEqualTo("Porch");
    assertThat(items.get(0).hasNonNull("customerName")).as("a customer the book does not have").isFalse();
    assertThat(items.get(1).get("customerName").asText()).isEqualTo("Zoë Smith-Hart");
    assertThat(page.json().get("customerName").asText()).isEqualTo("Jones & Sons");
  }

  @Test
  void the_page_shows_the_sites_address_and_access_notes_as_the_book_has_them_now_also_to_staff_and_none_once_erased() {
    SiteId site = SiteId.of("0193a5a0-5555-7abc-8def-0123456789ab");
    SiteAddress address = new SiteAddress(site.toString(), List.of("12 Mill Lane"), "Leeds", "LS1 4AP", "Key safe 1234");
    sites.customer(TenantId.of(ACME), SMITH.toString(), List.of(address));
    JobStream porch = new JobStream(ACME, jobId(7), START.plus(Duration.ofDays(7)));
    project(List.of(porch.append(new JobCreated(porch.jobId(), SMITH, site, "Porch", null,
        new AgreedValue(Money.ofPence(10_000), Money.ofPence(2_000), Money.ofPence(12_000)), porch.now()))));
    taskOn(porch.jobId(), "Measure up", SAM);

    JsonNode shown = asOwner(get("GET /jobs/{jobId}", "/jobs/" + jobId(7))).json().get("site");
    assertThat(shown.get("lines").get(0).asText()).isEqualTo("12 Mill Lane");
    assertThat(shown.get("postcode").asText()).isEqualTo("LS1 4AP");
    assertThat(shown.get("accessNotes").asText()).isEqualTo("Key safe 1234");
    JsonNode toStaff = api.send(get("GET /jobs/{jobId}", "/jobs/" + jobId(7)).as(ACME, SAM, "[staff]")).json();
    assertThat(toStaff.get("site").get("town").asText()).as("staff go there").isEqualTo("Leeds");
    assertThat(asOwner(get("GET /jobs/{jobId}", "/jobs/" + jobId(2))).json().has("site")).as("a job without a site")
        .isFalse();

    sites.erased(TenantId.of(ACME), SMITH.toString());
    assertThat(asOwner(get("GET /jobs/{jobId}", "/jobs/" + jobId(7))).json().has("site")).isFalse();
  }

  @Test
  void the_list_filters_by_status_customer_and_days() {
    assertThat(titles(asOwner(get("GET /jobs", "/jobs").query("status", "in-progress,scheduled"))))
        .containsExactly("Radiator", "New boiler");
    assertThat(titles(asOwner(get("GET /jobs", "/jobs").query("customerId", SMITH.toString()))))
        .containsExactly("Gutter", "New boiler");
    assertThat(titles(asOwner(get("GET /jobs", "/jobs").query("createdFrom", "2026-11-22")
        .query("createdTo", "2026-11-22")))).containsExactly("Radiator");
    assertThat(titles(asOwner(get("GET /jobs", "/jobs").query("scheduledFrom", "2026-12-01"))))
        .containsExactly("New boiler");
  }

  @Test
  void pages_follow_the_cursor_without_repeats_or_gaps() {
    Answer first = asOwner(get("GET /jobs", "/jobs").query("limit", "2"));
    Answer second = asOwner(get("GET /jobs", "/jobs").query("limit", "2")
        .query("cursor", first.json().get("nextCursor").asText()));

    assertThat(titles(first)).containsExactly("Gutter", "Radiator");
    assertThat(titles(second)).containsExactly("New boiler");
    assertThat(first.json().get("limit").asInt()).as("the page size used").isEqualTo(2);
    assertThat(asOwner(get("GET /jobs", "/jobs").query("limit", "500")).json().get("limit").asInt())
        .as("more than 100 is capped, and the answer says so").isEqualTo(100);
    assertThat(second.json().path("nextCursor").isMissingNode() || second.json().get("nextCursor").isNull()).isTrue();
  }

  @Test
  void unknown_or_invalid_parameters_are_refused_by_name() {
    Answer answer = asOwner(get("GET /jobs", "/jobs").query("status", "finished").query("colour", "red")
        .query("createdFrom", "1999-01-01"));

    assertThat(answer.status()).isEqualTo(400);
  }

  @Test
  void the_job_page_lists_its_tasks_in_work_order_the_finished_last_and_none_of_another_job_or_business() {
    job(ACME, 8, "Rewire the kitchen", SMITH);
    TaskStream later = new TaskStream(ACME, new TaskId(UUID.randomUUID()), START);
    TaskStream sooner = new TaskStream(ACME, new TaskId(UUID.randomUUID()), START);
    TaskStream done = new TaskStream(ACME, new TaskId(UUID.randomUUID()), START);
    TaskStream elsewhere = new TaskStream(ACME, new TaskId(UUID.randomUUID()), START);
    TaskStream otherBusiness = new TaskStream("t-other", new TaskId(UUID.randomUUID()), START);
    project(List.of(later.created("Second fix", null, jobId(8), LocalDate.parse("2026-12-09"), TaskPriority.NORMAL,
        List.of())));
    project(List.of(sooner.created("First fix", null, jobId(8), LocalDate.parse("2026-12-02"), TaskPriority.LOW,
        List.of())));
    project(List.of(done.created("Survey", null, jobId(8), LocalDate.parse("2026-11-28"), TaskPriority.HIGH,
        List.of()), done.completed()));
    project(List.of(elsewhere.created("Another job's", null, jobId(2), LocalDate.parse("2026-12-01"),
        TaskPriority.HIGH, List.of())));
    project(List.of(otherBusiness.created("Another business's", null, jobId(8), LocalDate.parse("2026-12-01"),
        TaskPriority.HIGH, List.of())));

    JsonNode tasks = asOwner(get("GET /jobs/{jobId}", "/jobs/" + jobId(8))).json().get("tasks");

    assertThat(tasks).extracting(t -> t.get("title").asText()).containsExactly("First fix", "Second fix", "Survey");
    assertThat(tasks.get(0).get("priority").asText()).isEqualTo("low");
    assertThat(tasks.get(2).get("status").asText()).isEqualTo("done");
  }

  @Test
  void the_job_page_has_its_tasks_and_links() {
    Answer answer = asOwner(get("GET /jobs/{jobId}", "/jobs/" + jobId(1)));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode job = answer.json();
    assertThat(job.get("jobId").asText()).isEqualTo(jobId(1).toString());
    assertThat(job.get("tasks")).extracting(t -> t.get("title").asText())
        .containsExactlyInAnyOrder("Fit the boiler", "Flush the system");
    assertThat(job.get("tasks").get(0).get("status").asText()).isEqualTo("open");
    assertThat(job.get("links").get("quote").asText()).isEqualTo("/quotes/0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");
    assertThat(job.get("links").get("tasks")).hasSize(2);
    assertThat(job.get("agreedValue").get("gross").asLong()).isEqualTo(227_400);
    assertThat(job.get("lines").get(0).get("unitPrice").asLong()).isEqualTo(189_500);
  }

  @Test
  void staff_see_a_job_with_a_task_of_theirs_on_it_without_its_prices_and_no_other() {
    Answer theirs = api.send(get("GET /jobs/{jobId}", "/jobs/" + jobId(1)).as(ACME, SAM, "[staff]"));
    Answer notTheirs = api.send(get("GET /jobs/{jobId}", "/jobs/" + jobId(2)).as(ACME, SAM, "[staff]"));
    Answer list = api.send(get("GET /jobs", "/jobs").as(ACME, SAM, "[staff]"));

    assertThat(theirs.status()).isEqualTo(200);
    assertThat(theirs.json().has("agreedValue") && !theirs.json().get("agreedValue").isNull()).isFalse();
    JsonNode line = theirs.json().get("lines").get(0);
    assertThat(line.has("unitPrice") && !line.get("unitPrice").isNull()).isFalse();
    assertThat(theirs.body()).doesNotContain("227400", "189500");
    assertThat(notTheirs.status()).isEqualTo(404);
    assertThat(notTheirs.json().get("code").asText()).isEqualTo("job.not-found");
    assertThat(list.status()).isEqualTo(403);
  }

  @Test
  void another_tenants_job_is_not_found() {
    Answer answer = asOwner(get("GET /jobs/{jobId}", "/jobs/" + jobId(4)));

    assertThat(answer.status()).isEqualTo(404);
  }
}
