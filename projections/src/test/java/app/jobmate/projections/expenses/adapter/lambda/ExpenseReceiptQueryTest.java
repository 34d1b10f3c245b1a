package app.jobmate.projections.expenses.adapter.lambda;

import static app.jobmate.projections.testing.HttpCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseReceiptAttached;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.expenses.ReceiptKey;
import app.jobmate.events.expenses.ReceiptType;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.lambda.adapter.s3.S3Bucket;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.expenses.ExpenseReadSide;
import app.jobmate.projections.expenses.adapter.mongodb.MongoExpenseQueries;
import app.jobmate.projections.expenses.adapter.s3.S3ReceiptLinks;
import app.jobmate.projections.testing.EmbeddedMongo;
import app.jobmate.projections.testing.ExpenseStream;
import app.jobmate.projections.testing.HttpCalls;
import app.jobmate.projections.testing.HttpCalls.Answer;
import app.jobmate.testing.LocalS3;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * An expense's receipt on the read side: the page says it has one, and GET .../receipt answers a
 * presigned GET (S3Proxy) for the owner and the people it belongs to, and the expense's 404 to anyone else.
 */
class ExpenseReceiptQueryTest {

  @RegisterExtension
  static final LocalS3 S3 = LocalS3.perClass();

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
  private static final String PAT = "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a";
  private static final Instant START = Instant.parse("2026-11-20T09:00:00Z");
  private static final byte[] PDF = "%PDF-1.7 a receipt".getBytes();

  private final MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL).ensureIndexes();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final Projector projector = new Projector(readModels, history, EventCodec.standard(),
      new ExpenseReadSide().projections());
  private final HttpCalls api = new HttpCalls(new ExpenseQueryFunction(readModels, new MongoExpenseQueries(readModels),
      Duration.ofSeconds(5), new S3ReceiptLinks(new S3Bucket(LocalS3.BUCKET, "eu-west-2",
      URI.create(S3.endpoint() + "/" + LocalS3.BUCKET), LocalS3.CREDENTIALS)), Clock.systemUTC()));

  private void project(List<EventEnvelope> commit) {
    history.append(commit);
    assertThat(projector.project(commit).allApplied()).isTrue();
  }

  @Test
  void the_page_shows_the_receipt_and_those_who_see_the_expense_get_a_link_that_reads_its_bytes() throws Exception {
    ExpenseStream pipe = new ExpenseStream(ACME, ExpenseStream.id(1), START);
    project(List.of(pipe.logged(SAM, LocalDate.of(2026, 11, 10), "City Plumbing", ExpenseCategory.MATERIALS, 1_200L, SAM, null)));
    ExpenseStream bare = new ExpenseStream(ACME, ExpenseStream.id(2), START);
    project(List.of(bare.logged(SAM, LocalDate.of(2026, 11, 11), "Screwfix", ExpenseCategory.TOOLS, 2_400L, SAM, null)));
    ReceiptKey key = new ReceiptKey(TenantId.of(ACME), ExpenseId.of(pipe.expenseId().toString()),
        UUID.fromString("0193b2a0-4444-7abc-8def-0123456789ab"));
    S3.client().putObject(r -> r.bucket(LocalS3.BUCKET).key(key.toString()), RequestBody.fromBytes(PDF));
    project(List.of(pipe.append(new ExpenseReceiptAttached(ExpenseId.of(pipe.expenseId().toString()), key, ReceiptType.PDF,
        PDF.length, UserId.of(SAM), START.plusSeconds(60)))));
    String path = "/expenses/" + pipe.expenseId();

    Answer page = api.send(get("GET /expenses/{expenseId}", path).as(ACME, OWNER, "[owner]"));
    Answer owner = api.send(get("GET /expenses/{expenseId}/receipt", path + "/receipt").as(ACME, OWNER, "[owner]"));
    Answer sam = api.send(get("GET /expenses/{expenseId}/receipt", path + "/receipt").as(ACME, SAM, "[staff]"));
    Answer pat = api.send(get("GET /expenses/{expenseId}/receipt", path + "/receipt").as(ACME, PAT, "[staff]"));
    Answer other = api.send(get("GET /expenses/{expenseId}/receipt", path + "/receipt").as("t-other", OWNER, "[owner]"));
    Answer none = api.send(get("GET /expenses/{expenseId}/receipt", "/expenses/" + bare.expenseId() + "/receipt")
        .as(ACME, OWNER, "[owner]"));

    assertThat(page.json().at("/receipt/contentType").asText()).isEqualTo("application/pdf");
    assertThat(page.json().at("/receipt/size").asLong()).isEqualTo(PDF.length);
    assertThat(owner.status()).as(owner.body()).isEqualTo(200);
    assertThat(owner.json().get("contentType").asText()).isEqualTo("application/pdf");
    HttpResponse<byte[]> read = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(owner.json().get("url")
        .asText())).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).isEqualTo(PDF);
    assertThat(Instant.parse(owner.json().get("expiresAt").asText())).isBefore(Instant.now().plus(Duration.ofMinutes(6)));
    assertThat(sam.status()).isEqualTo(200);
    assertThat(pat.status()).isEqualTo(404);
    assertThat(pat.json().get("code").asText()).isEqualTo("expense.not-found");
    assertThat(other.status()).isEqualTo(404);
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.json().get("code").asText()).isEqualTo("expense.no-receipt");
  }
}
