package app.jobmate.projections.costing.adapter.lambda;

import static app.jobmate.projections.testing.HttpCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.costing.CostingReadSides;
import app.jobmate.projections.costing.CostingScript;
import app.jobmate.projections.costing.adapter.mongodb.MongoCostingQueries;
import app.jobmate.projections.costing.adapter.mongodb.MongoCostingQueriesTest;
import app.jobmate.projections.testing.EmbeddedMongo;
import app.jobmate.projections.testing.HttpCalls;
import app.jobmate.projections.testing.HttpCalls.Answer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Job costing on real MongoDB adapters (mongo-java-server) and real HTTP API events, fed by the costing
 * projections: owners and admins read it, staff never (403), another business's job is not found, API
 * clients read the report and not a job's page, every bad parameter is named.
 */
class CostingQueryFunctionTest {

  private static final String ACME = CostingScript.TENANT;
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String JOB_PATH = "/jobs/" + CostingScript.JOB + "/costing";

  private final MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL)
      .ensureIndexes();
  private final HttpCalls api = new HttpCalls(new CostingQueryFunction(readModels, new MongoCostingQueries(readModels),
      Clock.fixed(CostingScript.NOW, ZoneOffset.UTC)));

  @BeforeEach
  void theScriptedJob() {
    InMemoryEventHistory history = new InMemoryEventHistory();
    Projector projector = new Projector(readModels, history, EventCodec.standard(), CostingReadSides.allProjections());
    for (List<EventEnvelope> commit : new CostingScript().commits()) {
      history.append(commit);
      assertThat(projector.project(commit).allApplied()).isTrue();
    }
    MongoCostingQueriesTest.registered(readModels, TenantId.of(ACME), LocalDate.of(2020, 1, 1));
  }

  private Answer job(String groups) {
    return api.send(get(CostingQueryFunction.JOB_ROUTE, JOB_PATH).as(ACME, OWNER, groups));
  }

  @Test
  void an_owner_reads_the_jobs_costing_to_the_penny() {
    Answer answer = job("[owner]");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().get("value").asLong()).isEqualTo(250_000);
    assertThat(answer.json().at("/agreedValue/gross").asLong()).isEqualTo(300_000);
    assertThat(answer.json().at("/visits/0/minutes").asLong()).isEqualTo(240);
    assertThat(answer.json().at("/visits/1/members/0/hourlyCost").asLong()).isEqualTo(2_400);
    assertThat(answer.json().get("staffCost").asLong()).isEqualTo(CostingScript.STAFF);
    assertThat(answer.json().get("expensesCost").asLong()).isEqualTo(CostingScript.EXPENSES_NET);
    assertThat(answer.json().get("profit").asLong()).isEqualTo(210_475);
    assertThat(answer.json().get("margin").decimalValue()).isEqualByComparingTo("0.8419");
    assertThat(answer.json().get("stage").asText()).isEqualTo("completed");
    assertThat(answer.json().get("behind").asBoolean()).isFalse();
  }

  @Test
  void an_admin_reads_it_and_staff_never_see_a_price_or_a_rate() {
    assertThat(job("[admin]").status()).isEqualTo(200);
    Answer staff = job("[staff]");

    assertThat(staff.status()).isEqualTo(403);
    assertThat(staff.body()).doesNotContain("250000").doesNotContain("2400");
  }

  @Test
  void another_businesss_job_an_unknown_job_and_a_malformed_id_are_not_found() {
    Answer theirs = api.send(get(CostingQueryFunction.JOB_ROUTE, "/jobs/" + CostingScript.OTHER_JOB + "/costing")
        .as("t-bolt", OWNER, "[owner]"));
    Answer malformed = api.send(get(CostingQueryFunction.JOB_ROUTE, "/jobs/not-a-job/costing").as(ACME, OWNER,
        "[owner]"));

    assertThat(theirs.status()).isEqualTo(404);
    assertThat(malformed.status()).isEqualTo(404);
    assertThat(malformed.json().get("code").asText()).isEqualTo("job.not-found");
  }

  @Test
  void an_unknown_query_parameter_is_refused() {
    Answer answer = api.send(get(CostingQueryFunction.JOB_ROUTE, JOB_PATH).query("minVersion", "3").as(ACME, OWNER,
        "[owner]"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("minVersion");
  }

  @Test
  void the_report_gives_each_job_and_each_month_and_its_api_clients_may_read_it_but_not_a_jobs_page() {
    Answer report = api.send(get(CostingQueryFunction.REPORT_ROUTE, "/reports/job-costing")
        .query("from", "2026-10-01").query("to", "2026-11-30").as(ACME, OWNER, "[owner]"));
    Answer program = api.send(get(CostingQueryFunction.REPORT_ROUTE, "/reports/job-costing")
        .query("status", "completed").asApiClient(ACME, "accountant1"));
    Answer page = api.send(get(CostingQueryFunction.JOB_ROUTE, JOB_PATH).asApiClient(ACME, "accountant1"));

    assertThat(report.status()).as(report.body()).isEqualTo(200);
    assertThat(report.json().get("jobs").size()).isEqualTo(2);
    assertThat(report.json().at("/months/1/month").asText()).isEqualTo("2026-11");
    assertThat(report.json().at("/months/1/profit").asLong()).isEqualTo(210_475);
    assertThat(program.status()).as(program.body()).isEqualTo(200);
    assertThat(program.json().get("from").asText()).as("twelve months to today").isEqualTo("2025-12-01");
    assertThat(program.json().get("jobs").size()).isEqualTo(1);
    assertThat(page.status()).isEqualTo(403);
  }

  @Test
  void staff_may_not_read_the_report_and_every_bad_parameter_is_named() {
    Answer staff = api.send(get(CostingQueryFunction.REPORT_ROUTE, "/reports/job-costing").as(ACME, OWNER, "[staff]"));
    Answer bad = api.send(get(CostingQueryFunction.REPORT_ROUTE, "/reports/job-costing")
        .query("from", "2026-13-01").query("status", "done").query("page", "2").as(ACME, OWNER, "[owner]"));
    Answer tooLong = api.send(get(CostingQueryFunction.REPORT_ROUTE, "/reports/job-costing")
        .query("from", "2025-01-01").query("to", "2026-01-01").as(ACME, OWNER, "[owner]"));
    Answer backwards = api.send(get(CostingQueryFunction.REPORT_ROUTE, "/reports/job-costing")
        .query("from", "2026-02-01").query("to", "2026-01-01").as(ACME, OWNER, "[owner]"));

    assertThat(staff.status()).isEqualTo(403);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("from").contains("status").contains("page");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body()).contains("at most 12 months");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.body()).contains("must not be before from");
  }
}
