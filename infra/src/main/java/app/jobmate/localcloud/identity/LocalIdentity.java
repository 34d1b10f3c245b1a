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

/**
 * The local stand-in for Cognito: one issuer per user pool of the template (a default pool when it
 * declares none), the demo user directory, and the local-only endpoints under {@code /local/}:
 * {@code POST /local/sign-in} and each issuer's {@code /.well-known/jwks.json}.
 */
public final class LocalIdentity {

  public static final String DEFAULT_POOL = "eu-west-2_jobmatelocal";
  public static final String DEFAULT_CLIENT = "jobmatelocalclient";

  private final Map<String, LocalIssuer> issuersByPool;
  private final String defaultClientId;
  private final String defaultPoolId;
  private final UserDirectory users;
  private final Path mail;
  private final java.util.function.Consumer<String> log;

  private LocalIdentity(Map<String, LocalIssuer> issuersByPool, String defaultPoolId, String defaultClientId, UserDirectory users,
      Path mail, java.util.function.Consumer<String> log) {
    this.issuersByPool = issuersByPool;
    this.defaultPoolId = defaultPoolId;
    this.defaultClientId = defaultClientId;
    this.users = users;
    this.mail = mail;
    this.log = log;
  }

  public static LocalIdentity fromTemplate(Intrinsics intrinsics, URI apiEndpoint, Path dataDirectory,
      java.util.function.Consumer<String> log) {
    Map<String, LocalIssuer> issuers = new LinkedHashMap<>();
    String defaultClient = null;
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
      if (resource.is("AWS::Cognito::UserPoolClient") && intrinsics.isDeployed(resource) && defaultClient == null) {
        defaultClient = LocalResourceNames.userPoolClientId(resource);
      }
    }
    if (issuers.isEmpty()) {
      issuers.put(DEFAULT_POOL, LocalIssuer.open(issuerUrl(apiEndpoint, DEFAULT_POOL), DEFAULT_POOL, keyFile, log));
    }
    UserDirectory users = UserDirectory.openOrSeed(dataDirectory.resolve("identity").resolve("users.json"));
    return new LocalIdentity(issuers, issuers.keySet().iterator().next(),
        defaultClient != null ? defaultClient : DEFAULT_CLIENT, users, dataDirectory.resolve("mail"), log);
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
    return new LocalCognitoIdp(issuersByPool.keySet(), users, mail, log, java.time.Clock.systemUTC());
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
      if (path.equals(base + "/.well-known/openid-configuration") && request.method().equals("GET")) {
        return Optional.of(HttpExchange.Response.json(200, Json.text(Json.object()
            .put("issuer", issuer.issuer())
            .put("jwks_uri", issuer.issuer() + "/.well-known/jwks.json")
            .set("id_token_signing_alg_values_supported", Json.MAPPER.createArrayNode().add("RS256")))));
      }
    }
    return Optional.empty();
  }
}
