package app.jobmate.localcloud.http;

import static app.jobmate.localcloud.template.Intrinsics.ACCOUNT_ID;

import app.jobmate.localcloud.Json;
import app.jobmate.localcloud.LocalResourceNames;
import app.jobmate.localcloud.authorizer.AuthorizerDecision;
import app.jobmate.localcloud.authorizer.IdentitySource;
import app.jobmate.localcloud.authorizer.LambdaAuthorizer;
import app.jobmate.localcloud.function.FunctionError;
import app.jobmate.localcloud.function.Functions;
import app.jobmate.localcloud.function.LambdaFunction;
import app.jobmate.localcloud.template.Intrinsics;
import app.jobmate.localcloud.template.Template;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The template's HTTP APIs on one local port: routes from the functions' {@code HttpApi} events,
 * each request turned into API Gateway's payload format 2.0, JWT and Lambda (REQUEST, payload 2.0)
 * authorizers from {@code Auth}, CORS
 * from {@code CorsConfiguration}, and API Gateway's own answers where no function is reached
 * (404 Not Found, 401 Unauthorized, 413, 500 Internal Server Error).
 */
public final class HttpApi {

  public static final int MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;
  private static final DateTimeFormatter REQUEST_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final List<Route> routes;
  private final Map<String, Cors> corsByApi;

  private HttpApi(List<Route> routes, Map<String, Cors> corsByApi) {
    this.routes = routes;
    this.corsByApi = corsByApi;
  }

  /**
   * @param localIssuers the local issuer URL of each user pool id, so that an authorizer whose
   *     issuer names a pool of the template (in AWS, {@code https://cognito-idp.<region>.amazonaws.com/<poolId>})
   *     trusts the local issuer of that pool
   */
  public static HttpApi fromTemplate(Intrinsics intrinsics, Functions functions, Function<String, Optional<String>> localIssuers,
      Map<String, RSAKey> keysById, Consumer<String> log) {
    Map<String, ObjectNode> apis = new LinkedHashMap<>();
    for (Template.Resource resource : intrinsics.template().allResources().values()) {
      if (resource.is("AWS::Serverless::HttpApi") && intrinsics.isDeployed(resource)) {
        apis.put(resource.logicalId(), intrinsics.properties(resource));
      }
    }
    Map<String, Map<String, JwtAuthorizer>> authorizers = new HashMap<>();
    Map<String, Map<String, LambdaAuthorizer>> lambdaAuthorizers = new HashMap<>();
    Map<String, Cors> cors = new HashMap<>();
    apis.forEach((logicalId, properties) -> {
      Map<String, JwtAuthorizer> byName = new HashMap<>();
      Map<String, LambdaAuthorizer> lambdaByName = new HashMap<>();
      properties.path("Auth").path("Authorizers").properties().forEach(entry -> {
        if (entry.getValue().has("FunctionArn")) {
          lambdaByName.put(entry.getKey(), lambdaAuthorizer(logicalId, entry.getKey(), entry.getValue(), functions, log));
          return;
        }
        JsonNode jwt = entry.getValue().path("JwtConfiguration");
        if (jwt.isMissingNode()) {
          throw new IllegalArgumentException("authorizer " + entry.getKey() + " of " + logicalId
              + " is neither a JWT authorizer nor a Lambda authorizer (FunctionArn)");
        }
        String issuer = jwt.path("issuer").asText();
        String trusted = localIssuers.apply(issuer).orElse(issuer);
        List<String> audience = new ArrayList<>();
        jwt.path("audience").forEach(a -> audience.add(a.asText()));
        String header = JwtAuthorizer.headerOf(entry.getValue().path("IdentitySource").asText("$request.header.Authorization"));
        byName.put(entry.getKey(), new JwtAuthorizer(new JwtAuthorizer.Config(entry.getKey(), trusted, audience, header),
            keysById, "access"));
      });
      authorizers.put(logicalId, byName);
      lambdaAuthorizers.put(logicalId, lambdaByName);
      cors.put(apiId(logicalId), Cors.of(properties.get("CorsConfiguration")));
    });

    List<Route> routes = new ArrayList<>();
    Map<String, String> routeKeys = new HashMap<>();
    for (LambdaFunction function : functions.all()) {
      Template.Resource resource = intrinsics.template().resource(function.spec().logicalId()).orElseThrow();
      ObjectNode properties = intrinsics.properties(resource);
      properties.path("Events").properties().forEach(event -> {
        if (!event.getValue().path("Type").asText().equals("HttpApi")) {
          return;
        }
        JsonNode settings = event.getValue().path("Properties");
        String api = apiLogicalId(settings.path("ApiId"), intrinsics.template());
        ObjectNode apiProperties = apis.get(api);
        if (apiProperties == null) {
          throw new IllegalArgumentException("event " + event.getKey() + " of " + resource.logicalId() + " names unknown HTTP API " + api);
        }
        String path = settings.path("Path").asText(Route.DEFAULT);
        String method = path.equals(Route.DEFAULT) ? "ANY" : settings.path("Method").asText("ANY").toUpperCase(Locale.ROOT);
        String authorizerName = settings.path("Auth").path("Authorizer")
            .asText(apiProperties.path("Auth").path("DefaultAuthorizer").asText("NONE"));
        Optional<JwtAuthorizer> authorizer = Optional.empty();
        Optional<LambdaAuthorizer> lambdaAuthorizer = Optional.empty();
        if (!authorizerName.equals("NONE")) {
          authorizer = Optional.ofNullable(authorizers.get(api).get(authorizerName));
          lambdaAuthorizer = Optional.ofNullable(lambdaAuthorizers.get(api).get(authorizerName));
          if (authorizer.isEmpty() && lambdaAuthorizer.isEmpty()) {
            throw new IllegalArgumentException("route " + method + " " + path + " names unknown authorizer " + authorizerName);
          }
        }
        List<String> scopes = new ArrayList<>();
        settings.path("Auth").path("AuthorizationScopes").forEach(s -> scopes.add(s.asText()));
        Route route = new Route(apiId(api), method, path, function, authorizer, lambdaAuthorizer, List.copyOf(scopes));
        String previous = routeKeys.put(route.routeKey(), resource.logicalId());
        if (previous != null) {
          throw new IllegalArgumentException("route " + route.routeKey() + " is declared by " + previous + " and "
              + resource.logicalId() + "; the local cloud serves every HTTP API on one port");
        }
        routes.add(route);
      });
    }
    routes.sort(Route.MOST_SPECIFIC_FIRST);
    return new HttpApi(List.copyOf(routes), cors);
  }

  /** A SAM HttpApi Lambda authorizer: REQUEST, payload format 2.0, simple or IAM policy answers, cached per identity for ReauthorizeEvery. */
  private static LambdaAuthorizer lambdaAuthorizer(String api, String name, JsonNode settings, Functions functions,
      Consumer<String> log) {
    String format = settings.path("AuthorizerPayloadFormatVersion").asText("");
    if (!format.equals("2.0")) {
      throw new IllegalArgumentException("Lambda authorizer " + name + " of " + api + " has AuthorizerPayloadFormatVersion '" + format
          + "'; the local cloud emulates HTTP API Lambda authorizers with payload format 2.0 only");
    }
    String arn = settings.path("FunctionArn").asText();
    LambdaFunction function = functions.byArn(arn).orElseThrow(() -> new IllegalArgumentException(
        "Lambda authorizer " + name + " of " + api + " names " + arn + ", which is not a function of the template"));
    List<IdentitySource> sources = new ArrayList<>();
    JsonNode identity = settings.path("Identity");
    identity.path("Headers").forEach(h -> sources.add(IdentitySource.parse("$request.header." + h.asText())));
    identity.path("QueryStrings").forEach(q -> sources.add(IdentitySource.parse("$request.querystring." + q.asText())));
    if (identity.has("Context") || identity.has("StageVariables")) {
      throw new IllegalArgumentException("Lambda authorizer " + name + " of " + api
          + " takes its identity from Context or StageVariables; the local cloud supports Headers and QueryStrings");
    }
    return new LambdaAuthorizer(new LambdaAuthorizer.Config(name, function, sources,
        Duration.ofSeconds(identity.path("ReauthorizeEvery").asLong(0)), settings.path("EnableSimpleResponses").asBoolean(false),
        false), log);
  }

  private static String apiLogicalId(JsonNode apiId, Template template) {
    if (apiId.isMissingNode()) {
      return Template.IMPLICIT_HTTP_API;
    }
    String id = apiId.asText();
    return template.allResources().values().stream()
        .filter(r -> r.is("AWS::Serverless::HttpApi") && (r.logicalId().equals(id) || LocalResourceNames.apiId(r).equals(id)))
        .map(Template.Resource::logicalId).findFirst().orElse(id);
  }

  private static String apiId(String logicalId) {
    return logicalId.toLowerCase(Locale.ROOT);
  }

  public List<String> routeKeys() {
    return routes.stream().map(Route::routeKey).toList();
  }

  public HttpExchange.Response handle(HttpExchange.Request request) {
    return route(request).orElseGet(() -> corsByApi.values().stream().findFirst().orElse(Cors.NONE)
        .decorate(request, HttpExchange.Response.message(404, "Not Found")));
  }

  /** The answer of the route the request matches (or of a CORS preflight), else empty. */
  public Optional<HttpExchange.Response> route(HttpExchange.Request request) {
    List<String> segments = Arrays.stream(request.rawPath().split("/")).filter(s -> !s.isEmpty()).toList();
    Cors cors = corsByApi.values().stream().findFirst().orElse(Cors.NONE);
    if (request.method().equals("OPTIONS") && cors.enabled() && request.header("access-control-request-method").isPresent()) {
      return Optional.of(cors.preflight(request)); // API Gateway answers preflight requests itself when CORS is configured
    }
    for (Route route : routes) {
      Optional<Map<String, String>> parameters = route.match(request.method(), segments);
      if (parameters.isPresent()) {
        Cors routeCors = corsByApi.getOrDefault(route.apiId(), Cors.NONE);
        return Optional.of(routeCors.decorate(request, invoke(route, parameters.get(), request)));
      }
    }
    return Optional.empty();
  }

  private HttpExchange.Response invoke(Route route, Map<String, String> parameters, HttpExchange.Request request) {
    String requestId = requestId();
    Optional<ObjectNode> authorizerContext = Optional.empty();
    if (route.authorizer().isPresent()) {
      JwtAuthorizer authorizer = route.authorizer().get();
      Optional<JWTClaimsSet> claims = authorizer.authorize(request.header(authorizer.config().identityHeader()), route.scopes(),
          Instant.now());
      if (claims.isEmpty()) {
        return HttpExchange.Response.message(401, "Unauthorized");
      }
      ObjectNode context = Json.object();
      context.set("jwt", jwt(claims.get()));
      authorizerContext = Optional.of(context);
    }
    if (route.lambdaAuthorizer().isPresent()) {
      LambdaAuthorizer authorizer = route.lambdaAuthorizer().get();
      Optional<List<String>> identity = authorizer.identity(request.headers(), HttpExchange.parseQuery(request.rawQuery()));
      if (identity.isEmpty()) {
        return HttpExchange.Response.message(401, "Unauthorized"); // API Gateway does not invoke the authorizer
      }
      String routeArn = "arn:aws:execute-api:" + Intrinsics.REGION + ":" + ACCOUNT_ID + ":" + route.apiId() + "/$default/"
          + request.method() + request.rawPath();
      ObjectNode authorizerEvent = Json.object().put("version", "2.0").put("type", "REQUEST").put("routeArn", routeArn);
      ArrayNode identitySource = authorizerEvent.putArray("identitySource");
      identity.get().forEach(identitySource::add);
      ObjectNode requestEvent = event(route, parameters, request, Optional.empty(), requestId);
      requestEvent.remove("body");
      requestEvent.remove("isBase64Encoded");
      authorizerEvent.setAll(requestEvent);
      switch (authorizer.authorize(identity.get(), authorizerEvent, routeArn, Instant.now())) {
        case AuthorizerDecision.Refused refused -> {
          return HttpExchange.Response.message(refused.status(), refused.message());
        }
        case AuthorizerDecision.Allowed allowed -> {
          ObjectNode context = Json.object();
          context.set("lambda", allowed.context());
          authorizerContext = Optional.of(context);
        }
      }
    }
    ObjectNode event = event(route, parameters, request, authorizerContext, requestId);
    byte[] result;
    try {
      // API Gateway's integration timeout is 30 s; a throttled function answers 503 after waiting that long at most
      result = route.function().invoke(Json.bytes(event), Duration.ofSeconds(30));
    } catch (FunctionError error) {
      return switch (error.kind()) {
        case THROTTLED -> HttpExchange.Response.message(503, "Service Unavailable");
        case TIMEOUT, UNHANDLED -> HttpExchange.Response.message(500, "Internal Server Error");
      };
    }
    return response(result).withHeader("apigw-requestid", requestId);
  }

  /** The request in API Gateway's payload format 2.0. */
  ObjectNode event(Route route, Map<String, String> parameters, HttpExchange.Request request, Optional<ObjectNode> authorizer,
      String requestId) {
    Instant now = Instant.now();
    ObjectNode event = Json.object();
    event.put("version", "2.0");
    event.put("routeKey", route.routeKey());
    event.put("rawPath", request.rawPath());
    event.put("rawQueryString", request.rawQuery() == null ? "" : request.rawQuery());
    List<String> cookies = new ArrayList<>();
    ObjectNode headers = Json.object();
    request.headers().forEach((name, values) -> {
      if (name.equals("cookie")) {
        values.forEach(v -> Arrays.stream(v.split(";")).map(String::trim).filter(c -> !c.isEmpty()).forEach(cookies::add));
      } else {
        headers.put(name, String.join(",", values));
      }
    });
    headers.put("x-forwarded-for", request.sourceIp());
    headers.put("x-forwarded-proto", "http");
    headers.put("x-amzn-trace-id", "Root=1-" + Long.toHexString(now.getEpochSecond()) + "-" + hex(12));
    if (!cookies.isEmpty()) {
      ArrayNode cookieArray = event.putArray("cookies");
      cookies.forEach(cookieArray::add);
    }
    event.set("headers", headers);
    Map<String, List<String>> query = HttpExchange.parseQuery(request.rawQuery());
    if (!query.isEmpty()) {
      ObjectNode queryParameters = event.putObject("queryStringParameters");
      query.forEach((name, values) -> queryParameters.put(name, String.join(",", values)));
    }
    String host = request.header("host").orElse("127.0.0.1");
    ObjectNode context = event.putObject("requestContext");
    context.put("accountId", ACCOUNT_ID);
    context.put("apiId", route.apiId());
    authorizer.ifPresent(a -> context.set("authorizer", a));
    context.put("domainName", host);
    context.put("domainPrefix", host.split("[.:]")[0]);
    ObjectNode http = context.putObject("http");
    http.put("method", request.method());
    http.put("path", request.rawPath());
    http.put("protocol", request.protocol());
    http.put("sourceIp", request.sourceIp());
    http.put("userAgent", request.header("user-agent").orElse(""));
    context.put("requestId", requestId);
    context.put("routeKey", route.routeKey());
    context.put("stage", "$default");
    context.put("time", REQUEST_TIME.format(now));
    context.put("timeEpoch", now.toEpochMilli());
    if (request.body().length > 0) {
      Optional<String> text = textBody(request);
      event.put("body", text.orElseGet(() -> Base64.getEncoder().encodeToString(request.body())));
      event.put("isBase64Encoded", text.isEmpty());
    } else {
      event.put("isBase64Encoded", false);
    }
    if (!parameters.isEmpty()) {
      ObjectNode pathParameters = event.putObject("pathParameters");
      parameters.forEach((name, value) -> pathParameters.put(name, URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8)));
    }
    return event;
  }

  /** HTTP APIs pass every claim as a string, and arrays as {@code [a b]}. */
  private static ObjectNode jwt(JWTClaimsSet claims) {
    ObjectNode jwt = Json.object();
    ObjectNode claimStrings = jwt.putObject("claims");
    claims.getClaims().forEach((name, value) -> claimStrings.put(name, claimString(value)));
    Object scope = claims.getClaim("scope");
    if (scope instanceof String s) {
      ArrayNode scopes = jwt.putArray("scopes");
      Arrays.stream(s.split(" ")).filter(x -> !x.isEmpty()).forEach(scopes::add);
    } else {
      jwt.putNull("scopes");
    }
    return jwt;
  }

  private static String claimString(Object value) {
    if (value instanceof java.util.Collection<?> list) {
      return "[" + String.join(" ", list.stream().map(String::valueOf).toList()) + "]";
    }
    if (value instanceof java.util.Date date) {
      return Long.toString(date.toInstant().getEpochSecond());
    }
    return String.valueOf(value);
  }

  /** API Gateway passes text payloads as they are and base64-encodes binary ones. */
  private static Optional<String> textBody(HttpExchange.Request request) {
    String type = request.header("content-type").orElse("").toLowerCase(Locale.ROOT);
    boolean declaredText = type.isEmpty() || type.startsWith("text/") || type.contains("json") || type.contains("xml")
        || type.contains("javascript") || type.contains("x-www-form-urlencoded") || type.contains("graphql");
    if (!declaredText) {
      return Optional.empty();
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(request.body())).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** The function's result as API Gateway turns it into an HTTP response (payload format 2.0). */
  static HttpExchange.Response response(byte[] result) {
    JsonNode node;
    try {
      node = Json.parse(result);
    } catch (RuntimeException e) {
      return HttpExchange.Response.message(500, "Internal Server Error");
    }
    if (!node.isObject() || !node.has("statusCode")) {
      // without a statusCode, API Gateway sends the result itself as a JSON body with status 200
      String body = node.isTextual() ? node.asText() : node.isNull() ? "" : Json.text(node);
      return new HttpExchange.Response(200, new LinkedHashMap<>(Map.of("content-type", new ArrayList<>(List.of("application/json")))),
          body.getBytes(StandardCharsets.UTF_8));
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    node.path("headers").properties().forEach(h -> {
      if (!h.getValue().isNull()) {
        headers.computeIfAbsent(h.getKey().toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(h.getValue().asText());
      }
    });
    node.path("multiValueHeaders").properties().forEach(h -> h.getValue()
        .forEach(v -> headers.computeIfAbsent(h.getKey().toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(v.asText())));
    node.path("cookies").forEach(c -> headers.computeIfAbsent("set-cookie", n -> new ArrayList<>()).add(c.asText()));
    JsonNode body = node.get("body");
    byte[] bytes = body == null || body.isNull() ? new byte[0]
        : node.path("isBase64Encoded").asBoolean(false) ? Base64.getDecoder().decode(body.asText())
        : body.asText().getBytes(StandardCharsets.UTF_8);
    return new HttpExchange.Response(node.path("statusCode").asInt(200), headers, bytes);
  }

  private static String requestId() {
    byte[] bytes = new byte[12];
    ThreadLocalRandom.current().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static String hex(int bytes) {
    byte[] random = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(random);
    return java.util.HexFormat.of().formatHex(random);
  }
}
