package app.jobmate.localcloud.identity;

import app.jobmate.localcloud.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Cognito user pools API ({@code cognito-idp}, JSON protocol 1.1, {@code X-Amz-Target}
 * {@code AWSCognitoIdentityProviderService.<Operation>}) over the local user directory, for what
 * Jobmate's functions call: {@code ListUsers} with Cognito's filter ({@code attribute = "value"} or
 * {@code ^= "prefix"} on the standard attributes Cognito lets a filter name), {@code AdminGetUser},
 * and the team's admin operations over the writable directory: {@code AdminCreateUser} (email,
 * name and {@code custom:tenant_id}; a temporary password, given or made, status
 * {@code FORCE_CHANGE_PASSWORD}), {@code AdminAddUserToGroup}, {@code AdminRemoveUserFromGroup}
 * (the template's groups: owner, admin, staff), {@code AdminDisableUser}, {@code AdminEnableUser},
 * {@code AdminUserGlobalSignOut}; and the app clients of programs ({@code CreateUserPoolClient} with
 * a secret, the client-credentials grant and scopes of the template's resource servers only,
 * {@code DeleteUserPoolClient}), whose tokens the local token endpoint gives
 * ({@link LocalIdentity}). Every user of the directory is a user of each pool of the
 * template. The invitation Cognito would email is never sent: it is written under
 * {@code <data>/mail/} and a log line names the file. Errors are Cognito's
 * ({@code ResourceNotFoundException}, {@code UserNotFoundException}, {@code UsernameExistsException},
 * {@code InvalidParameterException}).
 */
public final class LocalCognitoIdp {

  public static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";

  // the attributes ListUsers may filter on (custom attributes cannot be)
  private static final Set<String> FILTERABLE = Set.of("username", "email", "phone_number", "name", "given_name",
      "family_name", "preferred_username", "cognito:user_status", "status", "sub");
  private static final Pattern FILTER = Pattern.compile("\\s*([a-z_:]+)\\s*(\\^?=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*");

  /** A status and the JSON body of the answer. */
  public record Answer(int status, JsonNode body) {
  }

  /** The template's user pool groups: Jobmate's roles. */
  public static final Set<String> GROUPS = Set.of("owner", "admin", "staff");
  private static final DateTimeFormatter MAIL_FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS")
      .withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Set<String> pools;
  private final UserDirectory users;
  private final AppClientDirectory appClients;
  private final Set<String> scopes;
  private final Path mail;
  private final Consumer<String> log;
  private final Clock clock;

  /**
   * @param mail where the invitations Cognito would email are written
   * @param log  where a line names each invitation written
   */
  /** @param scopes the scopes of the template's resource servers ({@code <identifier>/<scope>}), the only ones an app client may have */
  public LocalCognitoIdp(Set<String> pools, UserDirectory users, AppClientDirectory appClients, Set<String> scopes, Path mail,
      Consumer<String> log, Clock clock) {
    this.pools = Set.copyOf(pools);
    this.users = users;
    this.appClients = appClients;
    this.scopes = Set.copyOf(scopes);
    this.mail = mail;
    this.log = log;
    this.clock = clock;
  }

  public Answer handle(String target, byte[] body) {
    String operation = target.substring(TARGET_PREFIX.length());
    JsonNode request;
    try {
      request = Json.parse(body);
    } catch (RuntimeException e) {
      return error(400, "SerializationException", "the request is not JSON");
    }
    String pool = request.path("UserPoolId").asText("");
    if (!pools.contains(pool)) {
      return error(400, "ResourceNotFoundException", "User pool " + pool + " does not exist.");
    }
    return switch (operation) {
      case "ListUsers" -> listUsers(request);
      case "AdminGetUser" -> adminGetUser(request);
      case "AdminCreateUser" -> adminCreateUser(request);
      case "AdminAddUserToGroup" -> changeGroup(request, true);
      case "AdminRemoveUserFromGroup" -> changeGroup(request, false);
      case "AdminDisableUser" -> existingUser(request, username -> users.setEnabled(username, false));
      case "AdminEnableUser" -> existingUser(request, username -> users.setEnabled(username, true));
      case "AdminUserGlobalSignOut" -> existingUser(request, username -> users.signOutEverywhere(username, clock.instant()));
      case "CreateUserPoolClient" -> createUserPoolClient(request);
      case "DeleteUserPoolClient" -> deleteUserPoolClient(request);
      default -> error(400, "UnknownOperationException", "the local cloud does not serve cognito-idp " + operation);
    };
  }

  private Answer listUsers(JsonNode request) {
    Function<UserDirectory.User, Boolean> matches = user -> true;
    String filter = request.path("Filter").asText("");
    if (!filter.isBlank()) {
      Matcher parts = FILTER.matcher(filter);
      if (!parts.matches() || !FILTERABLE.contains(parts.group(1))) {
        return error(400, "InvalidParameterException", "Error while parsing filter.");
      }
      String attribute = parts.group(1);
      String value = parts.group(3).replace("\\\"", "\"").replace("\\\\", "\\");
      boolean prefix = parts.group(2).equals("^=");
      matches = user -> attribute(user, attribute).map(v -> prefix ? v.startsWith(value) : v.equals(value)).orElse(false);
    }
    int limit = request.path("Limit").asInt(60);
    if (limit < 0 || limit > 60) {
      return error(400, "InvalidParameterException", "Limit must be from 0 to 60.");
    }
    ObjectNode answer = Json.object();
    ArrayNode found = answer.putArray("Users");
    for (UserDirectory.User user : users.users()) {
      if (found.size() < limit && matches.apply(user)) {
        ObjectNode entry = found.addObject().put("Username", user.sub());
        entry.set("Attributes", attributes(user));
        entry.put("Enabled", user.enabled()).put("UserStatus", user.status());
      }
    }
    return new Answer(200, answer);
  }

  /**
   * An app client for a program: Cognito's rules for one with the client-credentials grant (a secret,
   * {@code AllowedOAuthFlowsUserPoolClient}, at least one scope, every scope a resource server's).
   * Other kinds of client are not made locally (the dashboard's is the template's).
   */
  private Answer createUserPoolClient(JsonNode request) {
    String name = request.path("ClientName").asText("");
    if (name.isEmpty() || name.length() > 128 || !name.matches("[\\w\\s+=,.@-]+")) {
      return error(400, "InvalidParameterException", "ClientName must be 1 to 128 of letters, digits, spaces and +=,.@-");
    }
    java.util.List<String> flows = texts(request.path("AllowedOAuthFlows"));
    java.util.List<String> asked = texts(request.path("AllowedOAuthScopes"));
    if (!request.path("GenerateSecret").asBoolean(false) || !flows.equals(java.util.List.of("client_credentials"))
        || !request.path("AllowedOAuthFlowsUserPoolClient").asBoolean(false)) {
      return error(400, "InvalidParameterException", "the local cloud makes app clients with a secret and the"
          + " client_credentials flow only (GenerateSecret, AllowedOAuthFlowsUserPoolClient, AllowedOAuthFlows [client_credentials])");
    }
    if (asked.isEmpty() || !scopes.containsAll(asked)) {
      return error(400, "ScopeDoesNotExistException", "Invalid scope requested: " + asked + "; the resource servers' scopes are " + scopes);
    }
    AppClientDirectory.Created created = appClients.create(name, flows, asked, clock.instant());
    ObjectNode answer = Json.object();
    ObjectNode client = answer.putObject("UserPoolClient")
        .put("UserPoolId", request.path("UserPoolId").asText())
        .put("ClientName", name)
        .put("ClientId", created.client().clientId())
        .put("ClientSecret", created.secret())
        .put("AllowedOAuthFlowsUserPoolClient", true);
    flows.forEach(client.putArray("AllowedOAuthFlows")::add);
    asked.forEach(client.putArray("AllowedOAuthScopes")::add);
    return new Answer(200, answer);
  }

  private Answer deleteUserPoolClient(JsonNode request) {
    String clientId = request.path("ClientId").asText("");
    return appClients.delete(clientId) ? new Answer(200, Json.object())
        : error(400, "ResourceNotFoundException", "User pool client " + clientId + " does not exist.");
  }

  private static java.util.List<String> texts(JsonNode array) {
    java.util.List<String> values = new java.util.ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private Answer adminGetUser(JsonNode request) {
    String username = request.path("Username").asText("");
    return users.find(username).map(user -> {
      ObjectNode answer = Json.object().put("Username", user.sub());
      answer.set("UserAttributes", attributes(user));
      answer.put("Enabled", user.enabled()).put("UserStatus", user.status());
      return new Answer(200, answer);
    }).orElseGet(LocalCognitoIdp::noSuchUser);
  }

  private Answer adminCreateUser(JsonNode request) {
    String username = request.path("Username").asText("");
    Map<String, String> given = new java.util.HashMap<>();
    for (JsonNode attribute : request.path("UserAttributes")) {
      given.put(attribute.path("Name").asText(""), attribute.path("Value").asText(""));
    }
    String email = given.getOrDefault("email", username);
    if (!email.equalsIgnoreCase(username) || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      return error(400, "InvalidParameterException", "Username should be an email (the pool's user names are emails).");
    }
    String tenant = given.get("custom:tenant_id");
    String name = given.get("name");
    if (tenant == null || tenant.isBlank() || name == null || name.isBlank()) {
      return error(400, "InvalidParameterException", "Attributes custom:tenant_id and name are required.");
    }
    String password = request.path("TemporaryPassword").asText(temporaryPassword());
    UserDirectory.User user;
    try {
      user = users.create(email, name, tenant, password);
    } catch (UserDirectory.UserExists exists) {
      return error(400, "UsernameExistsException", "An account with the given email already exists.");
    }
    if (!request.path("MessageAction").asText("").equals("SUPPRESS")) {
      invite(user, password);
    }
    ObjectNode answer = Json.object();
    ObjectNode created = answer.putObject("User").put("Username", user.sub());
    created.set("Attributes", attributes(user));
    created.put("Enabled", user.enabled()).put("UserStatus", user.status());
    return new Answer(200, answer);
  }

  /** The invitation email Cognito would send, written where a developer reads it. */
  private void invite(UserDirectory.User user, String password) {
    Instant now = clock.instant();
    Path letter = mail.resolve(MAIL_FILE_TIME.format(now) + "-" + user.email().replaceAll("[^A-Za-z0-9@._-]", "_") + ".txt");
    String text = "To: " + user.email() + "\n"
        + "Subject: Your temporary password\n"
        + "Date: " + now + "\n\n"
        + "Hello " + user.name() + ",\n\n"
        + "You have been invited to " + user.tenantName() + " on Jobmate.\n"
        + "Your username is " + user.email() + " and your temporary password is " + password + "\n"
        + "(locally: sign in at /local/sign-in or on the dashboard).\n";
    try {
      Files.createDirectories(mail);
      Files.writeString(letter, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the invitation " + letter, e);
    }
    log.accept("cognito-idp: invitation for " + user.email() + " (temporary password) written to " + letter);
  }

  private Answer changeGroup(JsonNode request, boolean add) {
    String group = request.path("GroupName").asText("");
    if (!GROUPS.contains(group)) {
      return error(400, "ResourceNotFoundException", "Group not found.");
    }
    return existingUser(request, username -> add ? users.addToGroup(username, group) : users.removeFromGroup(username, group));
  }

  /** An operation on an existing user, answered with Cognito's empty object. */
  private Answer existingUser(JsonNode request, Function<String, UserDirectory.User> change) {
    String username = request.path("Username").asText("");
    if (users.find(username).isEmpty()) {
      return noSuchUser();
    }
    change.apply(username);
    return new Answer(200, Json.object());
  }

  /** Cognito's default policy: 8 or more, with upper and lower case letters, a digit and a symbol. */
  private static String temporaryPassword() {
    String letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder password = new StringBuilder("Tmp-");
    for (int i = 0; i < 12; i++) {
      password.append(letters.charAt(RANDOM.nextInt(letters.length())));
    }
    return password.append("a7").toString();
  }

  private static Answer noSuchUser() {
    return error(400, "UserNotFoundException", "User does not exist.");
  }

  private static ArrayNode attributes(UserDirectory.User user) {
    ArrayNode attributes = Json.MAPPER.createArrayNode();
    for (Map.Entry<String, String> attribute : Map.of("sub", user.sub(), "email", user.email(), "email_verified", "true",
        "name", user.name(), "custom:tenant_id", user.tenantId()).entrySet()) {
      attributes.addObject().put("Name", attribute.getKey()).put("Value", attribute.getValue());
    }
    return attributes;
  }

  private static Optional<String> attribute(UserDirectory.User user, String name) {
    return Optional.ofNullable(switch (name) {
      case "sub" -> user.sub();
      case "username", "preferred_username" -> user.sub();
      case "email" -> user.email().toLowerCase(Locale.ROOT);
      case "name" -> user.name();
      case "cognito:user_status" -> user.status();
      case "status" -> user.enabled() ? "Enabled" : "Disabled";
      default -> null;
    });
  }

  private static Answer error(int status, String type, String message) {
    return new Answer(status, Json.object().put("__type", type).put("message", message));
  }
}
