package app.jobmate.localcloud;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A plain HTTP client for the tests. */
public final class Http {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private Http() {
  }

  public static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
