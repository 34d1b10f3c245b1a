package app.jobmate.commands.adapter.lambda;

import static app.jobmate.testing.HttpApiCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.adapter.memory.InMemoryReceiptStore;
import app.jobmate.commands.adapter.memory.InMemoryTeamDirectory;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.testing.HttpApiCalls;
import app.jobmate.testing.HttpApiCalls.Answer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Receipts on the expense command function, on real HTTP API events: the upload grant. */
class ExpenseReceiptsFunctionTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
  private static final String PRIYA = "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a";
  private static final String BRIGHTSIDE = "t-brightside";
  private static final String BEN = "e3f4a5b6-c7d8-4e9f-8a1b-2c3d4e5f6a7b";
  private static final String EXPENSE = "0193b2a0-1111-7abc-8def-0123456789ab";
  private static final String BASE = "/expenses/" + EXPENSE;
  private static final String UPLOAD = "POST /expenses/{expenseId}/receipt-upload";
  private static final Instant NOW = Instant.parse("2026-12-03T08:05:00Z");

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final InMemoryReceiptStore receipts = new InMemoryReceiptStore();
  private final HttpApiCalls api = new HttpApiCalls(new ExpenseCommandFunction(store, new InMemoryTeamDirectory()
      .with(TenantId.of(ACME), UserId.of(OWNER), UserId.of(SAM), UserId.of(PRIYA))
      .with(TenantId.of(BRIGHTSIDE), UserId.of(BEN)), receipts, Clock.fixed(NOW, ZoneOffset.UTC)));

  private Answer as(String tenant, String user, String groups, String route, String path, String body) {
    return api.send(call(route, path).as(tenant, user, groups).body(body));
  }

  private List<EventEnvelope> stored(String tenant) {
    List<EventEnvelope> events = new ArrayList<>();
    store.read(new StreamId(TenantId.of(tenant), "expense", EXPENSE)).forEach(c -> events.addAll(c.events()));
    return events;
  }

  private void samLogsHisPipe() {
    Answer logged = as(ACME, SAM, "[staff]", "POST /expenses", "/expenses", """
        {"expenseId": "%s", "date": "2026-11-30", "supplier": "City Plumbing Supplies", "category": "materials",
         "gross": 5400, "vatCode": "standard", "paidBy": "member", "member": "%s"}""".formatted(EXPENSE, SAM));
    assertThat(logged.status()).as(logged.body()).isEqualTo(201);
  }

  @Test
  void the_person_who_logged_it_gets_a_grant_for_one_key_under_the_expense_valid_five_minutes_and_nothing_is_written() {
    samLogsHisPipe();

    Answer grant = as(ACME, SAM, "[staff]", UPLOAD, BASE + "/receipt-upload", "{\"contentType\": \"application/pdf\"}");

    assertThat(grant.status()).as(grant.body()).isEqualTo(200);
    String key = grant.json().get("key").asText();
    assertThat(key).matches("receipts/t-acme/" + EXPENSE + "/[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(grant.json().at("/fields/key").asText()).isEqualTo(key);
    assertThat(grant.json().at("/fields/Content-Type").asText()).isEqualTo("application/pdf");
    assertThat(grant.json().get("expiresAt").asText()).isEqualTo("2026-12-03T08:10:00Z");
    assertThat(grant.json().get("maxBytes").asLong()).isEqualTo(10_485_760);
    assertThat(stored(ACME)).hasSize(1);
    assertThat(receipts.upload(key, "application/pdf", "%PDF-1.7".getBytes(), NOW.plusSeconds(60))).isTrue();
    assertThat(receipts.upload(key, "image/png", "%PDF-1.7".getBytes(), NOW.plusSeconds(60))).isFalse();
    assertThat(receipts.upload(key, "application/pdf", "%PDF-1.7".getBytes(), NOW.plusSeconds(301))).isFalse();
  }

  @Test
  void a_type_other_than_jpeg_png_heic_or_pdf_is_a_400_naming_content_type() {
    samLogsHisPipe();

    Answer answer = as(ACME, SAM, "[staff]", UPLOAD, BASE + "/receipt-upload", "{\"contentType\": \"text/html\", \"key\": \"x\"}");

    assertThat(answer.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("contentType", "key");
  }

  @Test
  void another_tenants_expense_and_another_members_expense_are_not_found_for_a_grant() {
    samLogsHisPipe();

    Answer ben = as(BRIGHTSIDE, BEN, "[owner]", UPLOAD, BASE + "/receipt-upload", "{\"contentType\": \"image/png\"}");
    Answer priya = as(ACME, PRIYA, "[staff]", UPLOAD, BASE + "/receipt-upload", "{\"contentType\": \"image/png\"}");
    Answer owner = as(ACME, OWNER, "[owner]", UPLOAD, BASE + "/receipt-upload", "{\"contentType\": \"image/png\"}");

    assertThat(ben.status()).isEqualTo(404);
    assertThat(ben.json().get("code").asText()).isEqualTo("expense.not-found");
    assertThat(priya.status()).isEqualTo(404);
    assertThat(priya.json().get("code").asText()).isEqualTo("expense.not-found");
    assertThat(owner.status()).isEqualTo(200);
    assertThat(stored(BRIGHTSIDE)).isEmpty();
  }

  @Test
  void staff_add_receipts_while_a_draft_or_submitted_but_owners_and_admins_also_once_judged() {
    samLogsHisPipe();
    as(ACME, SAM, "[staff]", "POST /expenses/{expenseId}/submit", BASE + "/submit", "{}");
    assertThat(as(ACME, SAM, "[staff]", UPLOAD, BASE + "/receipt-upload", "{\"contentType\": \"image/jpeg\"}").status())
        .isEqualTo(200);
    as(ACME, OWNER, "[owner]", "POST /expenses/{expenseId}/approve", BASE + "/approve", "{}");

    Answer sam = as(ACME, SAM, "[staff]", UPLOAD, BASE + "/receipt-upload", "{\"contentType\": \"image/jpeg\"}");
    Answer owner = as(ACME, OWNER, "[owner]", UPLOAD, BASE + "/receipt-upload", "{\"contentType\": \"image/jpeg\"}");

    assertThat(sam.status()).isEqualTo(409);
    assertThat(sam.json().get("code").asText()).isEqualTo("expense.receipt-closed");
    assertThat(owner.status()).isEqualTo(200);
  }

  private static final String ATTACH = "POST /expenses/{expenseId}/receipt";
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

  private String uploaded(String user, String groups, String type, byte[] content) {
    Answer grant = as(ACME, user, groups, UPLOAD, BASE + "/receipt-upload", "{\"contentType\": \"" + type + "\"}");
    String key = grant.json().get("key").asText();
    assertThat(receipts.upload(key, type, content, NOW.plusSeconds(10))).isTrue();
    return key;
  }

  @Test
  void an_uploaded_jpeg_is_attached_with_its_type_and_size_from_its_bytes() {
    samLogsHisPipe();
    String key = uploaded(SAM, "[staff]", "image/jpeg", JPEG);

    Answer attached = as(ACME, SAM, "[staff]", ATTACH, BASE + "/receipt", "{\"key\": \"" + key + "\"}");

    assertThat(attached.status()).as(attached.body()).isEqualTo(200);
    EventEnvelope event = stored(ACME).getLast();
    assertThat(event.eventType()).isEqualTo("ExpenseReceiptAttached");
    assertThat(event.data().get("key").asText()).isEqualTo(key);
    assertThat(event.data().get("contentType").asText()).isEqualTo("image/jpeg");
    assertThat(event.data().get("size").asLong()).isEqualTo(JPEG.length);
    assertThat(event.data().get("attachedBy").asText()).isEqualTo(SAM);
  }

  @Test
  void a_file_declared_a_png_whose_bytes_are_no_png_is_refused_naming_key_and_nothing_is_written() {
    samLogsHisPipe();
    String key = uploaded(SAM, "[staff]", "image/png", "<svg onload=alert(1)>".getBytes());

    Answer refused = as(ACME, SAM, "[staff]", ATTACH, BASE + "/receipt", "{\"key\": \"" + key + "\"}");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("code").asText()).isEqualTo("expense.receipt-not-a-receipt");
    assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("key");
    assertThat(stored(ACME)).hasSize(1);
  }

  @Test
  void a_key_never_uploaded_to_another_expenses_key_or_a_malformed_key_is_refused_naming_key() {
    samLogsHisPipe();
    String granted = as(ACME, SAM, "[staff]", UPLOAD, BASE + "/receipt-upload", "{\"contentType\": \"image/png\"}")
        .json().get("key").asText();
    String others = "receipts/t-acme/0193b2a0-9999-7abc-8def-0123456789ab/0193b2a0-4444-7abc-8def-0123456789ab";
    String otherTenant = granted.replace("receipts/t-acme/", "receipts/t-brightside/");

    Answer notUploaded = as(ACME, SAM, "[staff]", ATTACH, BASE + "/receipt", "{\"key\": \"" + granted + "\"}");
    Answer notThis = as(ACME, SAM, "[staff]", ATTACH, BASE + "/receipt", "{\"key\": \"" + others + "\"}");
    Answer notOurs = as(ACME, SAM, "[staff]", ATTACH, BASE + "/receipt", "{\"key\": \"" + otherTenant + "\"}");
    Answer malformed = as(ACME, SAM, "[staff]", ATTACH, BASE + "/receipt", "{\"key\": \"../../etc/passwd\"}");

    assertThat(notUploaded.json().get("code").asText()).isEqualTo("expense.receipt-not-uploaded");
    assertThat(notThis.json().get("code").asText()).isEqualTo("expense.receipt-not-this-expenses");
    assertThat(notOurs.json().get("code").asText()).isEqualTo("expense.receipt-not-this-expenses");
    assertThat(List.of(notUploaded, notThis, notOurs)).allSatisfy(a -> {
      assertThat(a.status()).isEqualTo(422);
      assertThat(a.json().get("errors").get(0).get("field").asText()).isEqualTo("key");
    });
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("errors").get(0).get("field").asText()).isEqualTo("key");
    assertThat(stored(ACME)).hasSize(1);
  }

  @Test
  void another_tenant_or_another_member_attaching_is_not_found_and_nothing_is_written() {
    samLogsHisPipe();
    String key = uploaded(SAM, "[staff]", "image/jpeg", JPEG);

    Answer ben = as(BRIGHTSIDE, BEN, "[owner]", ATTACH, BASE + "/receipt", "{\"key\": \"" + key + "\"}");
    Answer priya = as(ACME, PRIYA, "[staff]", ATTACH, BASE + "/receipt", "{\"key\": \"" + key + "\"}");

    assertThat(ben.status()).isEqualTo(404);
    assertThat(priya.status()).isEqualTo(404);
    assertThat(priya.json().get("code").asText()).isEqualTo("expense.not-found");
    assertThat(stored(ACME)).hasSize(1);
    assertThat(stored(BRIGHTSIDE)).isEmpty();
  }
}
