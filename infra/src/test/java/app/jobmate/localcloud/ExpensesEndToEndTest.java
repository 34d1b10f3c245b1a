package app.jobmate.localcloud;

import static app.jobmate.localcloud.QuotesEndToEndTest.TEMPLATE;
import static app.jobmate.localcloud.QuotesEndToEndTest.command;
import static app.jobmate.localcloud.QuotesEndToEndTest.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.UuidV7;
import app.jobmate.localcloud.demo.DemoData;
import app.jobmate.localcloud.identity.UserDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Expenses end to end on Jobmate's template: a member of staff logs what they paid (the net and VAT
 * derived from the gross) and submits it, the owner finds it in the list, approves it and pays it back;
 * the owner cannot approve their own; another member of staff and another business see nothing of it.
 */
class ExpensesEndToEndTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static String sub(LocalCloud cloud, String username) {
    return cloud.identity().users().users().stream().filter(u -> u.username().equals(username)).findFirst()
        .map(UserDirectory.User::sub).orElseThrow();
  }

  private static String expenseBody(String id, String member) {
    return """
        {"expenseId": "%s", "date": "%s", "supplier": "City Plumbing Supplies", "category": "materials",
         "gross": 5400, "vatCode": "standard", "paidBy": "member", "member": "%s"}"""
        .formatted(id, LocalDate.now(ZoneId.of("Europe/London")), member);
  }

  @Test
  void staff_log_and_submit_the_owner_approves_and_reimburses_and_nobody_else_sees_it() throws Exception {
    try (LocalCloud cloud = QuotesEndToEndTest.start(TEMPLATE)) {
      DemoData.recordTeams(cloud);
      String owner = Http.signIn(cloud, "olivia@acme.example");
      String sam = Http.signIn(cloud, "sam@acme.example");
      String sophie = Http.signIn(cloud, "sophie@acme.example");
      String ben = Http.signIn(cloud, "ben@brightside.example");
      String samId = sub(cloud, "sam@acme.example");
      String expense = UuidV7.at(Instant.now()).toString();

      command(cloud, sam, "POST", "/expenses", expenseBody(expense, samId), 201);
      command(cloud, sam, "POST", "/expenses/" + expense + "/submit", "{}", 200);
      assertThat(command(cloud, sam, "POST", "/expenses/" + expense + "/approve", "{}", 403).get("code").asText())
          .isEqualTo("expense.forbidden");
      assertThat(command(cloud, ben, "POST", "/expenses/" + expense + "/approve", "{}", 404).get("code").asText())
          .isEqualTo("expense.not-found");
      command(cloud, owner, "POST", "/expenses/" + expense + "/approve", "{}", 200);
      long reimbursed = command(cloud, owner, "POST", "/expenses/" + expense + "/reimburse", "{}", 200)
          .get("version").asLong();
      cloud.awaitDrained(PATIENCE);

      HttpResponse<String> list = get(cloud, owner, "/expenses?status=reimbursed&minVersion=" + expense + ":" + reimbursed);
      assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
      JsonNode row = Json.parse(list.body()).get("items").get(0);
      assertThat(row.get("expenseId").asText()).isEqualTo(expense);
      assertThat(row.get("net").asLong()).isEqualTo(4_500);
      assertThat(row.get("vat").asLong()).isEqualTo(900);
      JsonNode page = Json.parse(get(cloud, sam, "/expenses/" + expense).body());
      assertThat(page.get("status").asText()).isEqualTo("reimbursed");
      assertThat(page.get("reimbursedAmount").asLong()).isEqualTo(5_400);
      assertThat(get(cloud, sophie, "/expenses/" + expense).statusCode()).isEqualTo(404);
      assertThat(get(cloud, sophie, "/expenses").body()).doesNotContain(expense);
      assertThat(get(cloud, ben, "/expenses/" + expense).statusCode()).isEqualTo(404);
      assertThat(get(cloud, ben, "/expenses").body()).doesNotContain(expense);

      String owners = UuidV7.at(Instant.now()).toString();
      command(cloud, owner, "POST", "/expenses", expenseBody(owners, sub(cloud, "olivia@acme.example")), 201);
      command(cloud, owner, "POST", "/expenses/" + owners + "/submit", "{}", 200);
      assertThat(command(cloud, owner, "POST", "/expenses/" + owners + "/approve", "{}", 403).get("code").asText())
          .isEqualTo("expense.own-expense");
    }
  }

  @Test
  void owners_hear_of_a_submission_and_staff_of_the_approval_of_their_expense_in_real_time() throws Exception {
    try (LocalCloud cloud = QuotesEndToEndTest.start(TEMPLATE)) {
      DemoData.recordTeams(cloud);
      String owner = Http.signIn(cloud, "olivia@acme.example");
      String sam = Http.signIn(cloud, "sam@acme.example");
      Listener oliviaHears = Listener.connect(cloud, owner);
      Listener samHears = Listener.connect(cloud, sam);
      Listener sophieHears = Listener.connect(cloud, Http.signIn(cloud, "sophie@acme.example"));
      String expense = UuidV7.at(Instant.now()).toString();

      command(cloud, sam, "POST", "/expenses", expenseBody(expense, sub(cloud, "sam@acme.example")), 201);
      command(cloud, sam, "POST", "/expenses/" + expense + "/submit", "{}", 200);
      JsonNode submitted = oliviaHears.await(expense, "expense.submitted");
      command(cloud, owner, "POST", "/expenses/" + expense + "/approve", "{}", 200);
      JsonNode approved = samHears.await(expense, "expense.approved");
      cloud.awaitDrained(PATIENCE);

      assertThat(submitted.get("gross").asLong()).isEqualTo(5_400);
      assertThat(submitted.get("supplier").asText()).isEqualTo("City Plumbing Supplies");
      assertThat(approved.has("gross")).as("staff are sent no money").isFalse();
      assertThat(sophieHears.about(expense)).as("another member of staff hears nothing of it").isEmpty();
    }
  }

  /** A WebSocket connection of the API, keeping every message it is sent. */
  private static final class Listener implements WebSocket.Listener {
    private final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();

    static Listener connect(LocalCloud cloud, String token) {
      Listener listener = new Listener();
      HttpClient.newHttpClient().newWebSocketBuilder()
          .buildAsync(URI.create(cloud.endpoints().webSocket().orElseThrow() + "?token=" + token), listener).join();
      return listener;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        messages.add(Json.parse(partial.toString()));
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    JsonNode await(String expenseId, String type) {
      return Poll.value("told " + type + " about " + expenseId, PATIENCE,
          () -> about(expenseId).stream().filter(m -> m.path("type").asText().equals(type)).findFirst().orElse(null),
          message -> message != null);
    }

    List<JsonNode> about(String expenseId) {
      return messages.stream().filter(m -> m.path("expenseId").asText().equals(expenseId)).toList();
    }
  }
}
