package app.jobmate.commands.adapter.s3;

import app.jobmate.commands.expenses.ReceiptStore;
import app.jobmate.commands.expenses.ReceiptStoreContract;
import app.jobmate.lambda.adapter.s3.S3Bucket;
import app.jobmate.testing.LocalS3;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract on S3Proxy, uploads by real multipart POSTs of the grant's form (its time is the server's). */
class S3ReceiptStoreTest extends ReceiptStoreContract {

  @RegisterExtension
  static final LocalS3 S3 = LocalS3.perClass();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Override
  protected ReceiptStore store() {
    return new S3ReceiptStore(new S3Bucket(LocalS3.BUCKET, "eu-west-2", java.net.URI.create(S3.endpoint() + "/" + LocalS3.BUCKET),
        LocalS3.CREDENTIALS), java.time.Clock.systemUTC());
  }

  @Override
  protected boolean upload(ReceiptStore.UploadGrant grant, String contentType, byte[] content, Instant at) {
    String boundary = "----receipt" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    grant.fields().forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + (name.equals("Content-Type") ? contentType : value) + "\r\n").getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"receipt\"\r\n"
        + "Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    try {
      HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(grant.url())
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
      return answer.statusCode() == 204;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
