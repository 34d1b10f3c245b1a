package app.jobmate.commands.adapter.lambda;

import static app.jobmate.testing.HttpApiCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.adapter.memory.InMemoryPendingConversions;
import app.jobmate.commands.adapter.memory.InMemoryTeamDirectory;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.customers.CustomerBook;
import app.jobmate.commands.team.TeamCommand;
import app.jobmate.commands.team.TeamDecider;
import app.jobmate.commands.team.TeamRecord;
import app.jobmate.events.Actor;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.Role;
import app.jobmate.events.StreamId;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.testing.HttpApiCalls;
import app.jobmate.testing.HttpApiCalls.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The expense commands on real HTTP API events, with the in-memory event store behind. */
class ExpenseCommandFunctionTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String ADMIN = "7c3a2f1e-0d9c-4b8a-9f7e-6d5c4b3a2918";
  private static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
  private static final String PRIYA = "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a";
  private static final String EXPENSE = "0193b2a0-1111-7abc-8def-0123456789ab";
  private static final String JOB = "0193b0c4-3333-7abc-8def-0123456789ab";
  private static final String BASE = "/expenses/" + EXPENSE;
  private static final String BRIGHTSIDE = "t-brightside";
  private static final String BEN = "e3f4a5b6-c7d8-4e9f-8a1b-2c3d4e5f6a7b";

  // the jobs the expenses name are for a customer in the book
  private final InMemoryEventStore store = CustomerBook.withCustomer(new InMemoryEventStore(),
      CustomerId.of("0193a5a0-1111-7abc-8def-0123456789ab"), TenantId.of(ACME));
  private final InMemoryTeamDirectory team = new InMemoryTeamDirectory()
      .with(TenantId.of(ACME), UserId.of(OWNER), UserId.of(ADMIN), UserId.of(SAM), UserId.of(PRIYA))
      .with(TenantId.of(BRIGHTSIDE), UserId.of(BEN));
  private final HttpApiCalls api = new HttpApiCalls(new ExpenseCommandFunction(store, team,
      Clock.fixed(Instant.parse("2026-12-03T08:05:00Z"), ZoneOffset.UTC)));
  private final HttpApiCalls jobs = new HttpApiCalls(new JobCommandFunction(store, new InMemoryPendingConversions(),
      Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC)));

  private static final String SAMS_PIPE = """
      {"expenseId": "%s", "date": "2026-11-30", "supplier": "City Plumbing Supplies", "description": "Copper pipe",
       "category": "materials", "gross": 5400, "vatCode": "standard", "paidBy": "member", "member": "%s"}"""
      .formatted(EXPENSE, SAM);

  private Answer as(String tenant, String user, String groups, String route, String path, String body) {
    return api.send(call(route, path).as(tenant, user, groups).body(body));
  }

  private List<EventEnvelope> stored(String tenant) {
    List<EventEnvelope> events = new ArrayList<>();
    store.read(new StreamId(TenantId.of(tenant), "expense", EXPENSE)).forEach(c -> events.addAll(c.events()));
    return events;
  }

  @Test
  void staff_log_what_they_paid_and_the_net_and_vat_are_derived_from_the_gross_to_the_penny() {
    Answer answer = as(ACME, SAM, "[staff]", "POST /expenses", "/expenses", SAMS_PIPE);

    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    assertThat(answer.header("location")).isEqualTo(BASE);
    JsonNode logged = stored(ACME).getFirst().data();
    assertThat(logged.at("/amounts/net").asLong()).isEqualTo(4_500);
    assertThat(logged.at("/amounts/vat").asLong()).isEqualTo(900);
    assertThat(logged.at("/amounts/gross").asLong()).isEqualTo(5_400);
    assertThat(logged.at("/amounts/entered").asText()).isEqualTo("gross");
    assertThat(logged.get("loggedBy").asText()).isEqualTo(SAM);
  }

  @Test
  void the_whole_life_submit_approve_reimburse() {
    as(ACME, SAM, "[staff]", "POST /expenses", "/expenses", SAMS_PIPE);

    assertThat(as(ACME, SAM, "[staff]", "POST /expenses/{expenseId}/submit", BASE + "/submit", "{}").status())
        .isEqualTo(200);
    assertThat(as(ACME, OWNER, "[owner]", "POST /expenses/{expenseId}/approve", BASE + "/approve", "{}").status())
        .isEqualTo(200);
    Answer paid = as(ACME, ADMIN, "[admin]", "POST /expenses/{expenseId}/reimburse", BASE + "/reimburse", "{}");

    assertThat(paid.status()).as(paid.body()).isEqualTo(200);
    assertThat(stored(ACME)).extracting(EventEnvelope::eventType).containsExactly("ExpenseLogged",
        "ExpenseSubmitted", "ExpenseApproved", "ExpenseReimbursed");
    assertThat(stored(ACME).getLast().data().get("amount").asLong()).isEqualTo(5_400);
  }

  @Test
  void every_invalid_field_is_named_in_one_400_and_nothing_is_written() {
    Answer answer = as(ACME, OWNER, "[owner]", "POST /expenses", "/expenses", """
        {"expenseId": "%s", "date": "2031-01-01", "supplier": " ", "category": "snacks", "net": 100, "gross": 120,
         "vatCode": "twenty", "paidBy": "company", "member": "%s", "tenantId": "t-brightside"}""".formatted(EXPENSE, SAM));

    assertThat(answer.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("date", "supplier", "category", "gross", "vatCode", "member", "tenantId");
    assertThat(stored(ACME)).isEmpty();
  }

  @Test
  void an_amount_is_entered_once_as_net_or_gross() {
    Answer answer = as(ACME, OWNER, "[owner]", "POST /expenses", "/expenses", """
        {"expenseId": "%s", "date": "2026-11-30", "supplier": "Screwfix", "category": "tools", "vatCode": "standard",
         "paidBy": "company"}""".formatted(EXPENSE));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("net");
  }

  @Test
  void refusing_needs_a_reason() {
    as(ACME, SAM, "[staff]", "POST /expenses", "/expenses", SAMS_PIPE);
    as(ACME, SAM, "[staff]", "POST /expenses/{expenseId}/submit", BASE + "/submit", "{}");

    Answer answer = as(ACME, OWNER, "[owner]", "POST /expenses/{expenseId}/refuse", BASE + "/refuse", "{}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
  }

  @Test
  void staff_claim_only_for_themselves_and_a_member_owed_must_be_in_the_team() {
    Answer forSomeoneElse = as(ACME, PRIYA, "[staff]", "POST /expenses", "/expenses", SAMS_PIPE);
    Answer stranger = as(ACME, OWNER, "[owner]", "POST /expenses", "/expenses", SAMS_PIPE.replace(SAM, BEN));

    assertThat(forSomeoneElse.status()).isEqualTo(403);
    assertThat(stranger.status()).isEqualTo(422);
    assertThat(stranger.json().get("code").asText()).isEqualTo("expense.member-not-in-team");
    assertThat(stranger.json().get("errors").get(0).get("field").asText()).isEqualTo("member");
    assertThat(stored(ACME)).isEmpty();
  }

  @Test
  void the_job_named_must_exist_in_the_tenant_and_another_tenant_s_job_does_not() {
    jobs.send(call("POST /jobs", "/jobs").as(ACME, OWNER, "[owner]").body("""
        {"jobId": "%s", "customerId": "0193a5a0-1111-7abc-8def-0123456789ab", "title": "New boiler"}""".formatted(JOB)));
    String onTheJob = SAMS_PIPE.replace("\"paidBy\"", "\"jobId\": \"" + JOB + "\", \"paidBy\"");

    Answer other = as(BRIGHTSIDE, BEN, "[owner]", "POST /expenses", "/expenses", onTheJob.replace(SAM, BEN));
    Answer ours = as(ACME, SAM, "[staff]", "POST /expenses", "/expenses", onTheJob);

    assertThat(other.status()).isEqualTo(422);
    assertThat(other.json().get("code").asText()).isEqualTo("expense.job-not-found");
    assertThat(stored(BRIGHTSIDE)).isEmpty();
    assertThat(ours.status()).isEqualTo(201);
  }

  @Test
  void another_tenant_s_expense_is_not_found_and_nothing_is_written() {
    as(ACME, SAM, "[staff]", "POST /expenses", "/expenses", SAMS_PIPE);
    as(ACME, SAM, "[staff]", "POST /expenses/{expenseId}/submit", BASE + "/submit", "{}");

    Answer answer = as(BRIGHTSIDE, BEN, "[owner]", "POST /expenses/{expenseId}/approve", BASE + "/approve", "{}");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().get("code").asText()).isEqualTo("expense.not-found");
    assertThat(stored(BRIGHTSIDE)).isEmpty();
    assertThat(stored(ACME)).hasSize(2);
  }

  @Test
  void an_owner_approving_their_own_expense_is_refused_403() {
    as(ACME, OWNER, "[owner]", "POST /expenses", "/expenses", SAMS_PIPE.replace(SAM, OWNER));
    as(ACME, OWNER, "[owner]", "POST /expenses/{expenseId}/submit", BASE + "/submit", "{}");

    Answer answer = as(ACME, OWNER, "[owner]", "POST /expenses/{expenseId}/approve", BASE + "/approve", "{}");

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.json().get("code").asText()).isEqualTo("expense.own-expense");
  }

  @Test
  void mileage_is_not_logged_as_a_plain_amount() {
    Answer answer = as(ACME, SAM, "[staff]", "POST /expenses", "/expenses", SAMS_PIPE.replace("materials", "mileage"));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("category");
  }

  @Test
  void an_admin_demoted_to_staff_in_the_team_s_record_acts_as_staff_at_once_whatever_their_token_says() {
    var commands = new CommandService(store);
    var owner = new Actor(UserId.of(OWNER), List.of(Role.OWNER));
    Consumer<TeamCommand> team = command -> commands.handle(
        TeamRecord.streamOf(TenantId.of(ACME)), command,
        new CommandContext(UUID.randomUUID().toString(), "h", owner, null, null,
            Instant.parse("2026-12-03T08:00:00Z"), OptionalLong.empty()),
        TeamDecider.INSTANCE);
    team.accept(new TeamCommand.FoundTeam(UserId.of(OWNER),
        EmailAddress.of("olivia@acme.example"), "Olivia", owner));
    team.accept(new TeamCommand.InviteMember(UserId.of(ADMIN),
        EmailAddress.of("adam@acme.example"), "Adam", Role.ADMIN, owner));
    as(ACME, SAM, "[staff]", "POST /expenses", "/expenses", SAMS_PIPE);
    as(ACME, SAM, "[staff]", "POST /expenses/{expenseId}/submit", BASE + "/submit", "{}");
    team.accept(new TeamCommand.ChangeRole(UserId.of(ADMIN), Role.STAFF,
        owner));

    Answer approve = as(ACME, ADMIN, "[admin]", "POST /expenses/{expenseId}/approve", BASE + "/approve", "{}");

    assertThat(approve.status()).as(approve.body()).isIn(403, 404);
    assertThat(stored(ACME)).extracting(EventEnvelope::eventType).doesNotContain("ExpenseApproved");
    assertThat(as(ACME, OWNER, "[owner]", "POST /expenses/{expenseId}/approve", BASE + "/approve", "{}").status())
        .isEqualTo(200);
  }
}
