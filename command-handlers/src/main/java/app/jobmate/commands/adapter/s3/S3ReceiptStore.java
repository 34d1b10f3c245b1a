package app.jobmate.commands.adapter.s3;

import app.jobmate.commands.expenses.ReceiptStore;
import app.jobmate.events.expenses.ReceiptKey;
import app.jobmate.events.expenses.ReceiptType;
import app.jobmate.lambda.adapter.s3.PresignedPost;
import app.jobmate.lambda.adapter.s3.S3Bucket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Receipts in an S3 bucket, without the S3 client (docs/decisions/receipts.md): uploads granted as
 * SigV4 presigned POSTs, a stored object looked at by a presigned {@code HEAD} and a presigned ranged
 * {@code GET} of its first bytes, all signed with the function's own credentials.
 */
public final class S3ReceiptStore implements ReceiptStore {

  private static final Duration REQUEST_VALIDITY = Duration.ofMinutes(1);

  private final S3Bucket bucket;
  private final Clock clock;
  private final HttpClient http;

  public S3ReceiptStore(S3Bucket bucket, Clock clock) {
    this.bucket = bucket;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @Override
  public UploadGrant grantUpload(ReceiptKey key, ReceiptType type, Instant now) {
    PresignedPost post = bucket.presignPost(new PresignedPost.Upload(bucket.name(), key.toString(), type.mediaType(), 1,
        MAX_BYTES), now, now.plus(GRANT_VALIDITY));
    return new UploadGrant(post.url(), new LinkedHashMap<>(post.fields()), post.expiresAt());
  }

  @Override
  public Optional<StoredReceipt> find(ReceiptKey key) {
    Instant now = clock.instant();
    HttpResponse<Void> head = send(HttpRequest.newBuilder(bucket.presign("HEAD", key.toString(), now, REQUEST_VALIDITY))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.discarding());
    if (head.statusCode() == 404) {
      return Optional.empty();
    }
    expectOk(head, "HEAD", key);
    long size = head.headers().firstValueAsLong("content-length").orElseThrow(
        () -> new IllegalStateException("S3 answered HEAD " + key + " without a Content-Length"));
    if (size == 0) {
      return Optional.of(new StoredReceipt(0, new byte[0]));
    }
    HttpResponse<byte[]> first = send(HttpRequest.newBuilder(bucket.presign("GET", key.toString(), now, REQUEST_VALIDITY))
        .header("Range", "bytes=0-" + (ReceiptType.SIGNATURE_BYTES - 1)).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (first.statusCode() == 404) {
      return Optional.empty(); // deleted between the two requests
    }
    expectOk(first, "GET", key);
    byte[] bytes = first.body();
    return Optional.of(new StoredReceipt(size, bytes.length > ReceiptType.SIGNATURE_BYTES
        ? java.util.Arrays.copyOf(bytes, ReceiptType.SIGNATURE_BYTES) : bytes));
  }

  private static void expectOk(HttpResponse<?> response, String method, ReceiptKey key) {
    if (response.statusCode() != 200 && response.statusCode() != 206) {
      throw new IllegalStateException("S3 answered " + method + " " + key + " with " + response.statusCode());
    }
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request, body);
    } catch (IOException e) {
      throw new UncheckedIOException("S3 did not answer " + request.method() + " " + request.uri().getPath(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking S3", e);
    }
  }
}
