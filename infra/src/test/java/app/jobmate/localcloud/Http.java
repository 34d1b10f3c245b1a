package app.jobmate.localcloud;

import app.jobmate.localcloud.contract.OpenApiContract;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * A plain HTTP client for the tests. Every exchange with a path of the HTTP API is held to its
 * OpenAPI document ({@link OpenApiContract}): this is the one place where the end-to-end tests
 * send HTTP, so each of their requests and answers is checked.
 */
public final class Http {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private Http() {
  }

  public static HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      HttpRequest request = builder.build();
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      OpenApiContract.instance().check(new OpenApiContract.Exchange(request.method(), request.uri(),
          lowerCase(request.headers().map()), bodyOf(request), response.statusCode(), lowerCase(response.headers().map()),
          response.body()));
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, List<String>> lowerCase(Map<String, List<String>> headers) {
    Map<String, List<String>> lower = new HashMap<>();
    headers.forEach((name, values) -> lower.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values));
    return lower;
  }

  /** What the request's body publisher sends (the publishers the tests use publish at once, on subscription). */
  private static String bodyOf(HttpRequest request) {
    if (request.bodyPublisher().isEmpty() || request.bodyPublisher().get().contentLength() == 0) {
      return "";
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CompletableFuture<Void> done = new CompletableFuture<>();
    request.bodyPublisher().get().subscribe(new Flow.Subscriber<ByteBuffer>() {
      @Override
      public void onSubscribe(Flow.Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(ByteBuffer item) {
        byte[] chunk = new byte[item.remaining()];
        item.get(chunk);
        bytes.writeBytes(chunk);
      }

      @Override
      public void onError(Throwable throwable) {
        done.completeExceptionally(throwable);
      }

      @Override
      public void onComplete() {
        done.complete(null);
      }
    });
    done.join();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  public static HttpRequest.Builder to(LocalCloud cloud, String pathAndQuery) {
    return to(cloud.endpoints().api(), pathAndQuery);
  }

  public static HttpRequest.Builder to(URI api, String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(api + pathAndQuery));
  }

  public static String signIn(LocalCloud cloud, String username) {
    return signIn(cloud.endpoints().api(), username);
  }

  /** An access token of a demo user, from the local cloud at {@code api}. */
  public static String signIn(URI api, String username) {
    HttpResponse<String> response = send(to(api, "/local/sign-in").header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
            + app.jobmate.localcloud.identity.UserDirectory.DEMO_PASSWORD + "\"}")));
    if (response.statusCode() != 200) {
      throw new IllegalStateException("sign-in failed: " + response.body());
    }
    return app.jobmate.localcloud.Json.parse(response.body()).get("accessToken").asText();
  }
}
