package app.jobmate.localcloud;

import static app.jobmate.localcloud.QuotesEndToEndTest.TEMPLATE;
import static app.jobmate.localcloud.QuotesEndToEndTest.command;
import static app.jobmate.localcloud.QuotesEndToEndTest.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.UuidV7;
import app.jobmate.localcloud.demo.DemoData;
import app.jobmate.localcloud.identity.UserDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Receipts end to end on Jobmate's template, against the local S3 (S3Proxy): staff log an expense, are
 * granted an upload, POST the file to S3 as a browser would and attach it; a file named .png that is
 * no PNG is refused at attach; the expense is submitted and approved, and the owner reads the same
 * bytes back through a presigned GET; another member of staff and another business learn nothing.
 */
class ReceiptsEndToEndTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
      .getBytes(StandardCharsets.ISO_8859_1);

  private static String sub(LocalCloud cloud, String username) {
    return cloud.identity().users().users().stream().filter(u -> u.username().equals(username)).findFirst()
        .map(UserDirectory.User::sub).orElseThrow();
  }

  /** Uploads {@code file} with a grant as a browser's FormData would: the grant's fields in order (its type as given), then the file. */
  static HttpResponse<String> upload(JsonNode grant, String fileName, String contentType, byte[] file) {
    Map<String, String> fields = new LinkedHashMap<>();
    grant.get("fields").properties().forEach(f -> fields.put(f.getKey(), f.getValue().asText()));
    fields.put("Content-Type", contentType); // the form's field is what S3 checks against the policy
    return MultipartForm.post(URI.create(grant.get("url").asText()), fields, fileName, contentType, file);
  }

  @Test
  void a_receipt_is_granted_uploaded_checked_attached_and_read_back_by_those_who_may_and_nobody_else() throws Exception {
    try (LocalCloud cloud = QuotesEndToEndTest.start(TEMPLATE)) {
      DemoData.recordTeams(cloud);
      String owner = Http.signIn(cloud, "olivia@acme.example");
      String sam = Http.signIn(cloud, "sam@acme.example");
      String sophie = Http.signIn(cloud, "sophie@acme.example");
      String ben = Http.signIn(cloud, "ben@brightside.example");
      String expense = UuidV7.at(Instant.now()).toString();
      String base = "/expenses/" + expense;
      command(cloud, sam, "POST", "/expenses", """
          {"expenseId": "%s", "date": "%s", "supplier": "City Plumbing Supplies", "category": "materials",
           "gross": 5400, "vatCode": "standard", "paidBy": "member", "member": "%s"}"""
          .formatted(expense, LocalDate.now(ZoneId.of("Europe/London")), sub(cloud, "sam@acme.example")), 201);

      // a file named .png whose bytes are no PNG passes S3's policy (it checks the declared type) but not attach
      JsonNode pngGrant = command(cloud, sam, "POST", base + "/receipt-upload", "{\"contentType\": \"image/png\"}", 200);
      assertThat(upload(pngGrant, "receipt.png", "image/png", "<html>not a picture</html>".getBytes(StandardCharsets.UTF_8))
          .statusCode()).isEqualTo(204);
      JsonNode fake = command(cloud, sam, "POST", base + "/receipt", "{\"key\": \"" + pngGrant.get("key").asText() + "\"}", 422);
      assertThat(fake.get("code").asText()).isEqualTo("expense.receipt-not-a-receipt");
      assertThat(fake.get("errors").get(0).get("field").asText()).isEqualTo("key");

      JsonNode grant = command(cloud, sam, "POST", base + "/receipt-upload", "{\"contentType\": \"application/pdf\"}", 200);
      String key = grant.get("key").asText();
      assertThat(key).startsWith("receipts/t-acme/" + expense + "/");
      assertThat(command(cloud, sophie, "POST", base + "/receipt-upload", "{\"contentType\": \"image/png\"}", 404)
          .get("code").asText()).isEqualTo("expense.not-found");
      assertThat(command(cloud, ben, "POST", base + "/receipt", "{\"key\": \"" + key + "\"}", 404).get("code").asText())
          .isEqualTo("expense.not-found");
      assertThat(command(cloud, sam, "POST", base + "/receipt", "{\"key\": \"" + key + "\"}", 422).get("code").asText())
          .isEqualTo("expense.receipt-not-uploaded");
      assertThat(upload(grant, "receipt.pdf", "image/png", PDF).statusCode()).isEqualTo(403); // another type than granted
      assertThat(upload(grant, "receipt.pdf", "application/pdf", PDF).statusCode()).isEqualTo(204);
      command(cloud, sam, "POST", base + "/receipt", "{\"key\": \"" + key + "\"}", 200);

      command(cloud, sam, "POST", base + "/submit", "{}", 200);
      long approved = command(cloud, owner, "POST", base + "/approve", "{}", 200).get("version").asLong();
      cloud.awaitDrained(PATIENCE);

      HttpResponse<String> page = get(cloud, owner, base + "?minVersion=" + approved);
      assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
      JsonNode receipt = Json.parse(page.body()).get("receipt");
      assertThat(receipt.get("contentType").asText()).isEqualTo("application/pdf");
      assertThat(receipt.get("size").asLong()).isEqualTo(PDF.length);

      HttpResponse<String> shown = get(cloud, owner, base + "/receipt");
      assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
      URI url = URI.create(Json.parse(shown.body()).get("url").asText());
      assertThat(MultipartForm.get(url).body()).isEqualTo(PDF);
      assertThat(get(cloud, sam, base + "/receipt").statusCode()).isEqualTo(200);
      assertThat(get(cloud, sophie, base + "/receipt").statusCode()).isEqualTo(404);
      assertThat(get(cloud, ben, base + "/receipt").statusCode()).isEqualTo(404);
      assertThat(Json.parse(get(cloud, sophie, base + "/receipt").body()).get("code").asText()).isEqualTo("expense.not-found");
    }
  }
}
