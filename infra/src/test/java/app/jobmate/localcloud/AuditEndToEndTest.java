package app.jobmate.localcloud;

import static app.jobmate.localcloud.QuotesEndToEndTest.TEMPLATE;
import static app.jobmate.localcloud.QuotesEndToEndTest.command;
import static app.jobmate.localcloud.QuotesEndToEndTest.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.UuidV7;
import app.jobmate.localcloud.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit trail end to end on Jobmate's template, a scripted day: an owner takes on a customer,
 * drafts, issues and accepts a quote and makes it a job, Sam logs an expense, the owner books Sam for
 * a meeting and cancels it, an admin adds a task for Sam, the owner erases the customer; the owner reads every change in
 * order with who and which command, and exports it as CSV and JSON lines, with the customer's name,
 * email and phone nowhere; admins and staff are refused; another business sees none of it.
 */
class AuditEndToEndTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String NAME = "Imogen Threlkeld-Barnes";
  private static final String EMAIL = "imogen.tb@example.co.uk";
  private static final String PHONE = "07700 900654";

  @Test
  void the_owner_reads_and_exports_every_change_in_order_and_no_one_else_may() throws Exception {
    try (LocalCloud cloud = QuotesEndToEndTest.start(TEMPLATE)) {
      DemoData.recordTeams(cloud);
      String owner = Http.signIn(cloud, "olivia@acme.example");
      String admin = Http.signIn(cloud, "adam@acme.example");
      String sam = Http.signIn(cloud, "sam@acme.example");
      String ben = Http.signIn(cloud, "ben@brightside.example");
      String samId = cloud.identity().users().users().stream().filter(u -> u.username().equals("sam@acme.example"))
          .findFirst().orElseThrow().sub();
      String customer = UuidV7.at(Instant.now()).toString();
      String quote = UuidV7.at(Instant.now()).toString();
      String task = UuidV7.at(Instant.now()).toString();

      List<String> commands = new ArrayList<>();
      commands.add(commandId(cloud, owner, "POST", "/customers", """
          {"customerId": "%s", "kind": "person", "name": "%s", "emails": ["%s"], "phones": ["%s"]}"""
          .formatted(customer, NAME, EMAIL, PHONE), 201));
      commands.add(commandId(cloud, owner, "POST", "/quotes", """
          {"quoteId": "%s", "customerId": "%s", "title": "Kitchen for %s",
           "lines": [{"lineId": "%s", "description": "Worktop", "quantity": 1, "unitPrice": 45000,
                      "vatCode": "standard"}]}""".formatted(quote, customer, NAME, UuidV7.at(Instant.now())), 201));
      commands.add(commandId(cloud, owner, "POST", "/quotes/" + quote + "/issue", "{}", 200));
      commands.add(commandId(cloud, owner, "POST", "/quotes/" + quote + "/accept", "{\"optionalLinesTaken\": []}", 200));
      String job = command(cloud, owner, "POST", "/quotes/" + quote + "/convert-to-job", "{}", 201).get("streamId")
          .asText();
      String expense = UuidV7.at(Instant.now()).toString();
      commands.add(commandId(cloud, sam, "POST", "/expenses", """
          {"expenseId": "%s", "date": "%s", "supplier": "City Plumbing Supplies", "category": "materials",
           "gross": 5400, "vatCode": "standard", "paidBy": "member", "member": "%s"}"""
          .formatted(expense, LocalDate.now(ZoneId.of("Europe/London")), samId), 201));
      String meeting = UuidV7.at(Instant.now()).toString();
      LocalDate nextWeek = LocalDate.now(ZoneId.of("Europe/London")).plusWeeks(1);
      commands.add(commandId(cloud, owner, "POST", "/appointments", """
          {"appointmentId": "%s", "kind": "meeting", "start": "%sT09:00", "end": "%sT10:00", "members": ["%s"],
           "title": "Site meeting"}""".formatted(meeting, nextWeek, nextWeek, samId), 201));
      commands.add(commandId(cloud, owner, "POST", "/appointments/" + meeting + "/cancel",
          "{\"reason\": \"Customer away\"}", 200));
      commands.add(commandId(cloud, admin, "POST", "/tasks", """
          {"taskId": "%s", "title": "Measure the worktop", "priority": "normal", "assignee": "%s", "dueDate": "%s"}"""
          .formatted(task, samId, LocalDate.now(ZoneId.of("Europe/London")).plusDays(2)), 201));
      commands.add(commandId(cloud, owner, "POST", "/customers/" + customer + "/erase", "{}", 200));
      cloud.awaitDrained(PATIENCE);

      // the changes of these records, in order (a commit's events, which share their time, in their stream's
      // order), with who made them and from which command, paged through three at a time
      List<JsonNode> entries = new ArrayList<>();
      String cursor = null;
      do {
        HttpResponse<String> page = get(cloud, owner, "/audit?limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        JsonNode answer = Json.parse(page.body());
        answer.get("entries").forEach(e -> {
          if (List.of(customer, quote, task, job, expense, meeting).contains(e.get("recordId").asText())) {
            entries.add(e);
          }
        });
        cursor = answer.has("nextCursor") ? answer.get("nextCursor").asText() : null;
      } while (cursor != null);
      assertThat(entries).extracting(e -> e.get("eventType").asText()).containsSubsequence("CustomerCreated",
          "QuoteDrafted", "QuoteLineAdded", "QuoteIssued", "QuoteAccepted", "JobCreatedFromQuote", "QuoteConvertedToJob",
          "ExpenseLogged", "AppointmentBooked", "AppointmentCancelled", "TaskCreated", "TaskAssigned", "CustomerErased");
      assertThat(entries).extracting(e -> e.get("commandId").asText()).containsAll(commands);
      assertThat(entries.get(0).get("commandId").asText()).isEqualTo(commands.get(0));
      assertThat(entries.get(1).get("commandId").asText()).isEqualTo(commands.get(1));
      assertThat(entries.get(2).get("commandId").asText()).isEqualTo(commands.get(1));
      assertThat(entries.get(1).get("at")).isEqualTo(entries.get(2).get("at"));
      assertThat(entries.getLast().get("commandId").asText()).isEqualTo(commands.getLast());
      JsonNode logged = entries.stream().filter(e -> e.get("eventType").asText().equals("ExpenseLogged")).findFirst()
          .orElseThrow();
      assertThat(logged.get("actor").asText()).isEqualTo(samId);
      assertThat(logged.get("actorRoles").toString()).isEqualTo("[\"staff\"]");
      HttpResponse<String> quotes = get(cloud, owner, "/audit?record=quote&recordId=" + quote);
      assertThat(Json.parse(quotes.body()).get("entries").findValuesAsText("eventType"))
          .containsExactly("QuoteDrafted", "QuoteLineAdded", "QuoteIssued", "QuoteAccepted", "QuoteConvertedToJob");
      JsonNode created = entries.stream().filter(e -> e.get("eventType").asText().equals("CustomerCreated"))
          .findFirst().orElseThrow();
      assertThat(created.get("sealedPersonalDataChanged").asBoolean()).isTrue();
      assertThat(created.get("actorRoles").toString()).isEqualTo("[\"owner\"]");
      JsonNode taskCreated = entries.stream().filter(e -> e.get("eventType").asText().equals("TaskCreated"))
          .findFirst().orElseThrow();
      assertThat(taskCreated.get("actorRoles").toString()).isEqualTo("[\"admin\"]");
      String adminId = taskCreated.get("actor").asText();
      JsonNode admins = Json.parse(get(cloud, owner, "/audit?person=" + adminId).body());
      assertThat(admins.get("entries").findValuesAsText("eventType")).contains("TaskCreated")
          .doesNotContain("CustomerCreated");

      // the whole trail, a page and both exports: the customer's data nowhere
      List<String> answers = new ArrayList<>();
      for (String path : List.of("/audit?limit=200", "/audit/export.csv", "/audit/export.jsonl")) {
        HttpResponse<String> answer = get(cloud, owner, path);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        answers.add(answer.body());
      }
      assertThat(answers.get(1)).startsWith("at,eventId,eventType,").contains("CustomerErased");
      assertThat(answers.get(2).lines()).anySatisfy(line -> assertThat(line).contains("\"QuoteIssued\""));
      for (String answer : answers) {
        assertThat(answer).doesNotContain(NAME).doesNotContain("Threlkeld").doesNotContain(EMAIL)
            .doesNotContain(PHONE).doesNotContain("07700900654").doesNotContain("ciphertext")
            .doesNotContain("City Plumbing").doesNotContain("Site meeting").doesNotContain("Customer away");
      }

      // owners only; another business's owner sees nothing of Acme's
      assertThat(get(cloud, admin, "/audit").statusCode()).isEqualTo(403);
      assertThat(get(cloud, sam, "/audit/export.csv").statusCode()).isEqualTo(403);
      assertThat(get(cloud, admin, "/audit/export.jsonl").statusCode()).isEqualTo(403);
      String bens = get(cloud, ben, "/audit/export.jsonl").body();
      assertThat(bens).doesNotContain(customer).doesNotContain(quote).doesNotContain(task);
    }
  }

  /** The command's id: its Idempotency-Key, so that the trail can be checked against it. */
  private static String commandId(LocalCloud cloud, String token, String method, String path, String body,
                                  int status) {
    String key = UuidV7.at(Instant.now()).toString();
    HttpResponse<String> response = Http.send(Http.to(cloud, path).header("authorization", "Bearer " + token)
        .header("content-type", "application/json").header("idempotency-key", key)
        .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
    return key;
  }
}
