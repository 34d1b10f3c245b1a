package app.jobmate.localcloud.identity;

import app.jobmate.localcloud.Json;
import app.jobmate.localcloud.LocalResourceNames;
import app.jobmate.localcloud.http.HttpExchange;
import app.jobmate.localcloud.template.Intrinsics;
import app.jobmate.localcloud.template.Template;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The local stand-in for Cognito: one issuer per user pool of the template (a default pool when it
 * declares none), the demo user directory, the app clients programs are given, and the local-only
 * endpoints under {@code /local/}: {@code POST /local/sign-in}, each issuer's
 * {@code /.well-known/jwks.json}, and each pool's OAuth token endpoint
 * {@code POST /local/cognito/<pool>/oauth2/token} for the client-credentials grant (in AWS the
 * pool's domain's {@code /oauth2/token}), answering as Cognito's does.
 */
public final class LocalIdentity {

  public static final String DEFAULT_POOL = "eu-west-2_jobmatelocal";
  public static final String DEFAULT_CLIENT = "jobmatelocalclient";

  private final Map<String, LocalIssuer> issuersByPool;
  private final String defaultClientId;
  private final String defaultPoolId;
  private final UserDirectory users;
  private final AppClientDirectory appClients;
  private final Set<String> scopes;
  private final Path mail;
  private final java.util.function.Consumer<String> log;

  private LocalIdentity(Map<String, LocalIssuer> issuersByPool, String defaultPoolId, String defaultClientId, UserDirectory users,
      AppClientDirectory appClients, Set<String> scopes, Path mail, java.util.function.Consumer<String> log) {
    this.issuersByPool = issuersByPool;
    this.defaultPoolId = defaultPoolId;
    this.defaultClientId = defaultClientId;
    this.users = users;
    this.appClients = appClients;
    this.scopes = Set.copyOf(scopes);
    this.mail = mail;
    this.log = log;
  }

  public static LocalIdentity fromTemplate(Intrinsics intrinsics, URI apiEndpoint, Path dataDirectory,
      java.util.function.Consumer<String> log) {
    Map<String, LocalIssuer> issuers = new LinkedHashMap<>();
    String defaultClient = null;
    Set<String> scopes = new java.util.TreeSet<>();
    Path keyFile = dataDirectory.resolve("identity").resolve("signing-key.jwk.json");
    for (Template.Resource resource : intrinsics.template().allResources().values()) {
      if (resource.is("AWS::Cognito::UserPool") && intrinsics.isDeployed(resource)) {
        String poolId = LocalResourceNames.userPoolId(resource);
        issuers.put(poolId, LocalIssuer.open(issuerUrl(apiEndpoint, poolId), poolId, keyFile, log));
        JsonNode triggers = intrinsics.properties(resource).path("LambdaConfig");
        if (triggers.isObject() && !triggers.isEmpty()) {
          List<String> names = new java.util.ArrayList<>();
          triggers.fieldNames().forEachRemaining(names::add);
          log.accept("user pool " + resource.logicalId() + ": Cognito triggers " + names + " are not invoked locally;"
              + " the local issuer puts custom:tenant_id and cognito:groups into the tokens itself");
        }
      }
      if (resource.is("AWS::Cognito::UserPoolResourceServer") && intrinsics.isDeployed(resource)) {
        JsonNode server = intrinsics.properties(resource);
        server.path("Scopes").forEach(scope -> scopes.add(server.path("Identifier").asText() + "/" + scope.path("ScopeName").asText()));
      }
      if (resource.is("AWS::Cognito::UserPoolClient") && intrinsics.isDeployed(resource) && defaultClient == null) {
        defaultClient = LocalResourceNames.userPoolClientId(resource);
      }
    }
    if (issuers.isEmpty()) {
      issuers.put(DEFAULT_POOL, LocalIssuer.open(issuerUrl(apiEndpoint, DEFAULT_POOL), DEFAULT_POOL, keyFile, log));
    }
    UserDirectory users = UserDirectory.openOrSeed(dataDirectory.resolve("identity").resolve("users.json"));
    AppClientDirectory appClients = AppClientDirectory.open(dataDirectory.resolve("identity").resolve("app-clients.json"));
    return new LocalIdentity(issuers, issuers.keySet().iterator().next(),
        defaultClient != null ? defaultClient : DEFAULT_CLIENT, users, appClients, scopes, dataDirectory.resolve("mail"), log);
  }

  private static String issuerUrl(URI apiEndpoint, String poolId) {
    return apiEndpoint.resolve("/local/cognito/" + poolId).toString();
  }

  /** The local issuer that stands for {@code issuer} when that names a pool of the template (by its id at the end). */
  public Optional<String> localIssuerFor(String issuer) {
    return issuersByPool.entrySet().stream()
        .filter(e -> issuer.equals(e.getValue().issuer()) || issuer.endsWith("/" + e.getKey()))
        .map(e -> e.getValue().issuer()).findFirst();
  }

  public Map<String, RSAKey> keysById() {
    RSAKey key = issuer().publicKey();
    return Map.of(key.getKeyID(), key);
  }

  public LocalIssuer issuer() {
    return issuersByPool.get(defaultPoolId);
  }

  public String defaultClientId() {
    return defaultClientId;
  }

  public UserDirectory users() {
    return users;
  }

  /** Where the invitations Cognito would email are written ({@code <data>/mail/}). */
  public Path mail() {
    return mail;
  }

  /** The {@code cognito-idp} API over the directory, for the functions' SDK clients. */
  public LocalCognitoIdp userPoolsApi() {
    return new LocalCognitoIdp(issuersByPool.keySet(), users, appClients, scopes, mail, log, java.time.Clock.systemUTC());
  }

  /** Tokens for a demo user, as {@code POST /local/sign-in} gives them. */
  public Optional<JsonNode> signIn(String username, String password) {
    return users.authenticate(username, password).map(user -> {
      Instant now = Instant.now();
      return Json.object()
          .put("accessToken", issuer().accessToken(user, defaultClientId, now))
          .put("idToken", issuer().idToken(user, defaultClientId, now))
          .put("expiresIn", LocalIssuer.TOKEN_LIFETIME.toSeconds())
          .put("tokenType", "Bearer");
    });
  }

  /** The {@code /local/...} endpoints, or empty when the path is not one of them. */
  public Optional<HttpExchange.Response> handle(HttpExchange.Request request) {
    String path = request.rawPath();
    if (path.equals("/local/sign-in") && request.method().equals("POST")) {
      JsonNode body;
      try {
        body = Json.parse(request.body());
      } catch (RuntimeException e) {
        return Optional.of(HttpExchange.Response.json(400, "{\"__type\":\"InvalidParameterException\",\"message\":\"body must be JSON\"}"));
      }
      return Optional.of(signIn(body.path("username").asText(""), body.path("password").asText(""))
          .map(tokens -> HttpExchange.Response.json(200, Json.text(tokens)))
          // Cognito's answer to a wrong user name or password
          .orElseGet(() -> HttpExchange.Response.json(400,
              "{\"__type\":\"NotAuthorizedException\",\"message\":\"Incorrect username or password.\"}")));
    }
    for (LocalIssuer issuer : issuersByPool.values()) {
      String base = "/local/cognito/" + issuer.userPoolId();
      if (path.equals(base + "/.well-known/jwks.json") && request.method().equals("GET")) {
        return Optional.of(HttpExchange.Response.json(200, issuer.jwks()));
      }
      if (path.equals(base + "/oauth2/token") && request.method().equals("POST")) {
        return Optional.of(token(issuer, request));
      }
      if (path.equals(base + "/.well-known/openid-configuration") && request.method().equals("GET")) {
        return Optional.of(HttpExchange.Response.json(200, Json.text(Json.object()
            .put("issuer", issuer.issuer())
            .put("jwks_uri", issuer.issuer() + "/.well-known/jwks.json")
            .put("token_endpoint", issuer.issuer() + "/oauth2/token")
            .set("id_token_signing_alg_values_supported", Json.MAPPER.createArrayNode().add("RS256")))));
      }
    }
    return Optional.empty();
  }

  /** Where a pool's token endpoint is, locally (in AWS {@code https://<domain>.auth.<region>.amazoncognito.com/oauth2/token}). */
  public String tokenEndpoint() {
    return issuer().issuer() + "/oauth2/token";
  }

  /**
   * Cognito's token endpoint for the client-credentials grant (RFC 6749 section 4.4): the client
   * authenticates with HTTP Basic (or {@code client_id} and {@code client_secret} in the form), asks
   * for some of its scopes or, by leaving {@code scope} out, all of them, and gets an access token
   * for an hour. Errors are OAuth's: {@code invalid_client} (401), {@code unsupported_grant_type},
   * {@code invalid_scope}, {@code invalid_request} (400).
   */
  private HttpExchange.Response token(LocalIssuer issuer, HttpExchange.Request request) {
    if (!request.header("content-type").map(t -> t.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded"))
        .orElse(false)) {
      return oauthError(400, "invalid_request");
    }
    Map<String, String> form = HttpExchange.parseQuery(new String(request.body(), java.nio.charset.StandardCharsets.UTF_8))
        .entrySet().stream().filter(e -> !e.getValue().isEmpty())
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0)));
    String clientId = form.get("client_id");
    String secret = form.get("client_secret");
    Optional<String> basic = request.header("authorization").filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6));
    if (basic.isPresent()) {
      String decoded;
      try {
        decoded = new String(java.util.Base64.getDecoder().decode(basic.get().substring(6).strip()), java.nio.charset.StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return oauthError(401, "invalid_client");
      }
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return oauthError(401, "invalid_client");
      }
      clientId = java.net.URLDecoder.decode(decoded.substring(0, colon), java.nio.charset.StandardCharsets.UTF_8);
      secret = java.net.URLDecoder.decode(decoded.substring(colon + 1), java.nio.charset.StandardCharsets.UTF_8);
    }
    if (clientId == null || secret == null) {
      return oauthError(401, "invalid_client");
    }
    Optional<AppClientDirectory.AppClient> client = appClients.authenticate(clientId, secret);
    if (client.isEmpty()) {
      return oauthError(401, "invalid_client");
    }
    if (!"client_credentials".equals(form.get("grant_type"))) {
      return oauthError(400, form.containsKey("grant_type") ? "unsupported_grant_type" : "invalid_request");
    }
    java.util.List<String> asked = form.containsKey("scope") ? java.util.List.of(form.get("scope").strip().split("\\s+"))
        : client.get().scopes();
    if (!client.get().scopes().containsAll(asked)) {
      return oauthError(400, "invalid_scope");
    }
    return HttpExchange.Response.json(200, Json.text(Json.object()
        .put("access_token", issuer.clientAccessToken(client.get().clientId(), asked, Instant.now()))
        .put("expires_in", LocalIssuer.TOKEN_LIFETIME.toSeconds())
        .put("token_type", "Bearer")));
  }

  private static HttpExchange.Response oauthError(int status, String error) {
    return HttpExchange.Response.json(status, "{\"error\":\"" + error + "\"}");
  }
}
