package app.jobmate.localcloud.identity;

import app.jobmate.localcloud.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Cognito user pools API ({@code cognito-idp}, JSON protocol 1.1, {@code X-Amz-Target}
 * {@code AWSCognitoIdentityProviderService.<Operation>}) over the local user directory, for what
 * Jobmate's functions call: {@code ListUsers} with Cognito's filter ({@code attribute = "value"} or
 * {@code ^= "prefix"} on the standard attributes Cognito lets a filter name) and
 * {@code AdminGetUser}. Every directory user is a confirmed, enabled user of each pool of the
 * template. Errors are Cognito's ({@code ResourceNotFoundException}, {@code UserNotFoundException},
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

  private final Set<String> pools;
  private final UserDirectory users;

  public LocalCognitoIdp(Set<String> pools, UserDirectory users) {
    this.pools = Set.copyOf(pools);
    this.users = users;
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
        entry.put("Enabled", true).put("UserStatus", "CONFIRMED");
      }
    }
    return new Answer(200, answer);
  }

  private Answer adminGetUser(JsonNode request) {
    String username = request.path("Username").asText("");
    for (UserDirectory.User user : users.users()) {
      if (user.sub().equals(username) || user.username().equalsIgnoreCase(username) || user.email().equalsIgnoreCase(username)) {
        ObjectNode answer = Json.object().put("Username", user.sub());
        answer.set("UserAttributes", attributes(user));
        answer.put("Enabled", true).put("UserStatus", "CONFIRMED");
        return new Answer(200, answer);
      }
    }
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
      case "cognito:user_status" -> "CONFIRMED";
      case "status" -> "Enabled";
      default -> null;
    });
  }

  private static Answer error(int status, String type, String message) {
    return new Answer(status, Json.object().put("__type", type).put("message", message));
  }
}
