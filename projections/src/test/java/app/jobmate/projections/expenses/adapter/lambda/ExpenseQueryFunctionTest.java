package app.jobmate.projections.expenses.adapter.lambda;

import static app.jobmate.projections.testing.HttpCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseSubmitted;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.expenses.ExpenseReadSide;
import app.jobmate.projections.expenses.adapter.mongodb.MongoExpenseQueries;
import app.jobmate.projections.testing.EmbeddedMongo;
import app.jobmate.projections.testing.ExpenseStream;
import app.jobmate.projections.testing.HttpCalls;
import app.jobmate.projections.testing.HttpCalls.Answer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The expense queries on real MongoDB adapters (mongo-java-server), fed by the expense projection: the
 * list with its filters and paging, the expense's page, and that staff see only their own.
 */
class ExpenseQueryFunctionTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
  private static final String PAT = "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a";
  private static final Instant START = Instant.parse("2026-11-20T09:00:00Z");

  private final MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL)
      .ensureIndexes();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final Projector projector = new Projector(readModels, history, EventCodec.standard(),
      new ExpenseReadSide().projections());
  private final HttpCalls api = new HttpCalls(new ExpenseQueryFunction(readModels, new MongoExpenseQueries(readModels),
      Duration.ofSeconds(5)));

  private void project(List<EventEnvelope> commit) {
    history.append(commit);
    assertThat(projector.project(commit).allApplied()).isTrue();
  }

  private ExpenseStream expense(String tenant, int n, String by, int day, String supplier, ExpenseCategory category,
                                String member) {
    ExpenseStream x = new ExpenseStream(tenant, ExpenseStream.id(n), START);
    project(List.of(x.logged(by, LocalDate.of(2026, 11, day), supplier, category, 1_200L * n, member, null)));
    return x;
  }

  @BeforeEach
  void expenses() {
    ExpenseStream pipe = expense(ACME, 1, SAM, 10, "City Plumbing", ExpenseCategory.MATERIALS, SAM);
    project(List.of(pipe.append(new ExpenseSubmitted(pipe.expenseId(), START))));
    expense(ACME, 2, PAT, 12, "Shell", ExpenseCategory.FUEL, PAT);
    expense(ACME, 3, OWNER, 14, "Screwfix", ExpenseCategory.TOOLS, null);
    expense("t-other", 4, "u-theirs", 15, "Theirs", ExpenseCategory.OTHER, null);
  }

  private static List<String> suppliers(Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    List<String> suppliers = new ArrayList<>();
    answer.json().get("items").forEach(item -> suppliers.add(item.get("supplier").asText()));
    return suppliers;
  }

  private Answer asOwner(HttpCalls.Call call) {
    return api.send(call.as(ACME, OWNER, "[owner]"));
  }

  @Test
  void owners_see_the_tenant_s_expenses_newest_first_with_their_amounts() {
    Answer answer = asOwner(get("GET /expenses", "/expenses"));

    assertThat(suppliers(answer)).containsExactly("Screwfix", "Shell", "City Plumbing");
    assertThat(answer.json().at("/items/2/gross").asLong()).isEqualTo(1_200);
    assertThat(answer.json().at("/items/2/net").asLong()).isEqualTo(1_000);
    assertThat(answer.json().at("/items/2/status").asText()).isEqualTo("submitted");
  }

  @Test
  void the_list_filters_by_status_category_member_and_dates() {
    assertThat(suppliers(asOwner(get("GET /expenses", "/expenses").query("status", "submitted"))))
        .containsExactly("City Plumbing");
    assertThat(suppliers(asOwner(get("GET /expenses", "/expenses").query("category", "fuel,tools"))))
        .containsExactly("Screwfix", "Shell");
    assertThat(suppliers(asOwner(get("GET /expenses", "/expenses").query("member", PAT)))).containsExactly("Shell");
    assertThat(suppliers(asOwner(get("GET /expenses", "/expenses").query("to", "2026-11-12"))))
        .containsExactly("Shell", "City Plumbing");
  }

  @Test
  void pages_follow_the_cursor_without_repeats() {
    Answer first = asOwner(get("GET /expenses", "/expenses").query("limit", "2"));
    String cursor = first.json().get("nextCursor").asText();
    Answer second = asOwner(get("GET /expenses", "/expenses").query("limit", "2").query("cursor", cursor));

    assertThat(suppliers(first)).containsExactly("Screwfix", "Shell");
    assertThat(suppliers(second)).containsExactly("City Plumbing");
    assertThat(second.json().hasNonNull("nextCursor")).isFalse();
  }

  @Test
  void staff_see_only_their_own_expenses_and_may_not_name_another_member() {
    Answer mine = api.send(get("GET /expenses", "/expenses").as(ACME, SAM, "[staff]"));
    Answer others = api.send(get("GET /expenses", "/expenses").query("member", PAT).as(ACME, SAM, "[staff]"));

    assertThat(suppliers(mine)).containsExactly("City Plumbing");
    assertThat(others.status()).isEqualTo(403);
  }

  @Test
  void an_expense_s_page_is_shown_to_its_people_and_managers_and_not_found_for_other_staff_or_tenants() {
    String path = "/expenses/" + ExpenseStream.id(1);

    Answer owners = asOwner(get("GET /expenses/{expenseId}", path));
    Answer sams = api.send(get("GET /expenses/{expenseId}", path).as(ACME, SAM, "[staff]"));
    Answer pats = api.send(get("GET /expenses/{expenseId}", path).as(ACME, PAT, "[staff]"));
    Answer theirs = api.send(get("GET /expenses/{expenseId}", path).as("t-other", "u-theirs", "[owner]"));

    assertThat(owners.status()).isEqualTo(200);
    assertThat(owners.json().get("supplier").asText()).isEqualTo("City Plumbing");
    assertThat(owners.json().at("/amounts/vat").asLong()).isEqualTo(200);
    assertThat(owners.json().has("people")).isFalse();
    assertThat(sams.status()).isEqualTo(200);
    assertThat(pats.status()).isEqualTo(404);
    assertThat(pats.json().get("code").asText()).isEqualTo("expense.not-found");
    assertThat(theirs.status()).isEqualTo(404);
  }

  @Test
  void unknown_parameters_and_bad_values_are_named() {
    Answer answer = asOwner(get("GET /expenses", "/expenses").query("colour", "red"));
    Answer bad = asOwner(get("GET /expenses", "/expenses").query("category", "snacks"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("category");
  }
}
