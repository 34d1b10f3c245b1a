package app.jobmate.localcloud.web;

import app.jobmate.localcloud.Json;
import app.jobmate.localcloud.http.HttpExchange;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The web dashboard on the API port: the built Vite app ({@code web/dist}) as static files, with
 * the single-page-app fallback to {@code index.html} for unknown GET paths that look like routes
 * (no file extension) asked for by a browser navigating ({@code Accept: text/html}; API clients keep
 * getting API Gateway's 404), hashed {@code /assets/} cached for a year and everything else revalidated;
 * {@code GET /config.json} telling the app where the local API, WebSocket and sign-in are. Without
 * a built app, {@code /} explains how to sign in and call the API. {@code /openapi.json} and
 * {@code /api-docs} serve the API's document ({@link ApiDocument}).
 */
public final class Dashboard {

  /** What the dashboard needs to configure itself; {@code webSocket} is false when the template has no WebSocket API. */
  public record ClientSettings(String issuer, String clientId, String userPoolId, boolean webSocket, String demoPassword,
      String demoUser) {
  }

  private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("json", "application/json"), Map.entry("map", "application/json"),
      Map.entry("webmanifest", "application/manifest+json"), Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
      Map.entry("ico", "image/x-icon"), Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"),
      Map.entry("ttf", "font/ttf"), Map.entry("otf", "font/otf"), Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("wasm", "application/wasm"), Map.entry("xml", "application/xml"));
  private static final String IMMUTABLE = "public, max-age=31536000, immutable";
  private static final String REVALIDATE = "no-cache";

  private static final Optional<ApiDocument> API_DOCUMENT = ApiDocument.fromClasspath();

  private final Optional<Path> root;
  private final ClientSettings settings;
  private final String defaultHost;

  private Dashboard(Optional<Path> root, ClientSettings settings, String defaultHost) {
    this.root = root;
    this.settings = settings;
    this.defaultHost = defaultHost;
  }

  /** Serves {@code webRoot} when it is a folder with an {@code index.html}, else the help page. */
  public static Dashboard of(Path webRoot, ClientSettings settings, String defaultHost) {
    Path root = webRoot.toAbsolutePath().normalize();
    return new Dashboard(Files.isRegularFile(root.resolve("index.html")) ? Optional.of(root) : Optional.empty(), settings,
        defaultHost);
  }

  public Optional<Path> root() {
    return root;
  }

  /** {@code GET /openapi.json} and {@code GET /api-docs}: the HTTP API's OpenAPI document and its page. */
  public Optional<HttpExchange.Response> apiDocument(HttpExchange.Request request) {
    return API_DOCUMENT.flatMap(document -> document.answer(request));
  }

  /** {@code GET /config.json}: URLs built on the Host the browser used, so that they work from localhost or 127.0.0.1 alike. */
  public Optional<HttpExchange.Response> config(HttpExchange.Request request) {
    if (!request.rawPath().equals("/config.json") || !isRead(request)) {
      return Optional.empty();
    }
    String host = host(request);
    ObjectNode config = Json.object()
        .put("apiBaseUrl", "http://" + host)
        .put("signInMode", "local")
        .put("signInUrl", "http://" + host + "/local/sign-in")
        .put("issuer", settings.issuer())
        .put("clientId", settings.clientId())
        .put("userPoolId", settings.userPoolId())
        .put("region", app.jobmate.localcloud.template.Intrinsics.REGION);
    if (settings.webSocket()) {
      config.put("webSocketUrl", "ws://" + host + app.jobmate.localcloud.websocket.WebSocketGateway.PATH);
    } else {
      config.putNull("webSocketUrl");
    }
    return Optional.of(HttpExchange.Response.json(200, Json.text(config)).withHeader("cache-control", "no-store"));
  }

  /**
   * The app's {@code index.html} for a browser navigating ({@code GET}, {@code Accept: text/html}) to a
   * route-like path (no file extension), before the HTTP API's routes: locally the dashboard and the
   * API share a port, and the dashboard's routes ({@code /quotes}, {@code /tasks}) are the API's
   * paths too. API clients do not ask for HTML, so they still reach the API. In AWS the dashboard has
   * its own CloudFront domain and the question does not arise.
   */
  public Optional<HttpExchange.Response> navigation(HttpExchange.Request request) {
    if (root.isEmpty() || !request.method().equals("GET")
        || !request.header("accept").map(a -> a.contains("text/html")).orElse(false)) {
      return Optional.empty();
    }
    String path = request.rawPath();
    String last = path.substring(path.lastIndexOf('/') + 1);
    if (last.contains(".") || path.startsWith("/local/") || path.equals("/api-docs")) {
      return Optional.empty();
    }
    return Optional.of(file(request, root.get().resolve("index.html"), REVALIDATE));
  }

  /** A file of the app, the app's {@code index.html} for a route-like path, the help page without an app; else empty. */
  public Optional<HttpExchange.Response> page(HttpExchange.Request request) {
    if (!isRead(request)) {
      return Optional.empty();
    }
    if (root.isEmpty()) {
      return request.rawPath().equals("/") || request.rawPath().equals("/index.html")
          ? Optional.of(html(helpPage(host(request)))) : Optional.empty();
    }
    String relative = URLDecoder.decode(request.rawPath().replace("+", "%2B"), StandardCharsets.UTF_8).replaceFirst("^/+", "");
    Path file = root.get().resolve(relative).normalize();
    if (!file.startsWith(root.get())) {
      return Optional.empty();
    }
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    if (Files.isRegularFile(file)) {
      return Optional.of(file(request, file, relative.startsWith("assets/") ? IMMUTABLE : REVALIDATE));
    }
    String last = relative.substring(relative.lastIndexOf('/') + 1);
    boolean browserNavigation = request.header("accept").map(a -> a.contains("text/html")).orElse(false);
    return last.contains(".") || !browserNavigation ? Optional.empty()
        : Optional.of(file(request, root.get().resolve("index.html"), REVALIDATE));
  }

  private static HttpExchange.Response file(HttpExchange.Request request, Path file, String cacheControl) {
    try {
      String etag = "W/\"" + Files.size(file) + "-" + Files.getLastModifiedTime(file).toMillis() + "\"";
      Map<String, List<String>> headers = new LinkedHashMap<>();
      headers.put("cache-control", new ArrayList<>(List.of(cacheControl)));
      headers.put("etag", new ArrayList<>(List.of(etag)));
      if (request.header("if-none-match").map(etag::equals).orElse(false)) {
        return new HttpExchange.Response(304, headers, new byte[0]);
      }
      String name = file.getFileName().toString();
      String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      headers.put("content-type", new ArrayList<>(List.of(CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"))));
      headers.put("x-content-type-options", new ArrayList<>(List.of("nosniff")));
      return new HttpExchange.Response(200, headers, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static boolean isRead(HttpExchange.Request request) {
    return request.method().equals("GET") || request.method().equals("HEAD");
  }

  private String host(HttpExchange.Request request) {
    return request.header("host").orElse(defaultHost);
  }

  private static HttpExchange.Response html(String page) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("content-type", new ArrayList<>(List.of("text/html; charset=utf-8")));
    headers.put("cache-control", new ArrayList<>(List.of(REVALIDATE)));
    return new HttpExchange.Response(200, headers, page.getBytes(StandardCharsets.UTF_8));
  }

  private String helpPage(String host) {
    String api = "http://" + host;
    return """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Jobmate local cloud</title></head>
        <body style="font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; line-height: 1.5">
        <h1>Jobmate local cloud</h1>
        <p>No dashboard is built (<code>web/dist</code> is missing), so this page stands in for it.</p>
        <h2>Sign in</h2>
        <pre>curl -s -X POST %1$s/local/sign-in -H 'content-type: application/json' \\
             -d '{"username":"%2$s","password":"%3$s"}'</pre>
        <p>The answer holds an <code>accessToken</code>; send it as <code>Authorization: Bearer &lt;token&gt;</code>.</p>
        <h2>Call the API</h2>
        <pre>curl -s %1$s/&lt;route&gt; -H "Authorization: Bearer $TOKEN"</pre>
        <p>WebSocket: %4$s. Settings for a client: <a href="/config.json">/config.json</a>.</p>
        </body></html>
        """.formatted(api, settings.demoUser(), settings.demoPassword(),
        settings.webSocket() ? "<code>ws://" + host + app.jobmate.localcloud.websocket.WebSocketGateway.PATH
            + "</code> (with the identity source its authorizer reads, e.g. <code>?token=&lt;accessToken&gt;</code>)"
            : "none in this template");
  }
}
