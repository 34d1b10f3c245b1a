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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The local user pool's users, kept in {@code identity/users.json} under the data directory and
 * seeded at the first start with Jobmate's demo tenants. Passwords are stored as salted PBKDF2 hashes.
 * The directory is writable, as Cognito's admin API changes it: users created (with a temporary
 * password, status {@code FORCE_CHANGE_PASSWORD}), groups added and removed, users disabled and
 * enabled, signed out everywhere; every change is written back to the file at once.
 */
public final class UserDirectory {

  /** Every demo user signs in with this password (local cloud only). */
  public static final String DEMO_PASSWORD = "Jobmate-demo-1";

  /** Cognito's status of a user who has not yet chosen a password. */
  public static final String FORCE_CHANGE_PASSWORD = "FORCE_CHANGE_PASSWORD";
  public static final String CONFIRMED = "CONFIRMED";

  /**
   * A user of the pool: {@code groups} are Jobmate roles (owner, admin, staff); {@code status} is
   * Cognito's ({@code CONFIRMED} or {@code FORCE_CHANGE_PASSWORD}); {@code signedOutAt} the last
   * global sign-out, if any.
   */
  public record User(String username, String sub, String email, String name, String tenantId, String tenantName,
      List<String> groups, boolean enabled, String status, Instant signedOutAt) {
  }

  /** An email address (the pool's user name) already taken. */
  public static final class UserExists extends RuntimeException {
    UserExists(String email) {
      super("An account with the given email already exists: " + email);
    }
  }

  /** No user by that name. */
  public static final class NoSuchUser extends RuntimeException {
    NoSuchUser(String username) {
      super("User does not exist: " + username);
    }
  }

  private final Path file;
  private final ObjectNode document;

  private UserDirectory(Path file, ObjectNode document) {
    this.file = file;
    this.document = document;
  }

  public static UserDirectory openOrSeed(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Files.write(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(seed()));
      }
      JsonNode document = Json.parse(Files.readAllBytes(file));
      if (!document.isObject() || !document.path("users").isArray()) {
        throw new IllegalStateException("the local user directory " + file + " has no users array");
      }
      return new UserDirectory(file, (ObjectNode) document);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the local user directory " + file, e);
    }
  }

  private static ObjectNode seed() {
    ObjectNode document = Json.object();
    document.put("note", "Local cloud demo users; every password is " + DEMO_PASSWORD);
    ArrayNode users = document.putArray("users");
    String acme = "Acme Plumbing & Heating";
    add(users, "olivia@acme.example", "Olivia Owen", "t-acme", acme, "owner");
    add(users, "adam@acme.example", "Adam Adeyemi", "t-acme", acme, "admin");
    add(users, "sam@acme.example", "Sam Shah", "t-acme", acme, "staff");
    add(users, "sophie@acme.example", "Sophie Stone", "t-acme", acme, "staff");
    add(users, "ben@brightside.example", "Ben Bright", "t-brightside", "Brightside Electrical", "owner");
    return document;
  }

  private static ObjectNode add(ArrayNode users, String email, String name, String tenantId, String tenantName,
      String group) {
    return newUser(users, email, UUID.nameUUIDFromBytes(("jobmate-local:" + email).getBytes(StandardCharsets.UTF_8))
        .toString(), name, tenantId, tenantName, List.of(group), DEMO_PASSWORD, CONFIRMED);
  }

  private static ObjectNode newUser(ArrayNode users, String email, String sub, String name, String tenantId,
      String tenantName, List<String> groups, String password, String status) {
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    String encodedSalt = Base64.getEncoder().encodeToString(salt);
    ObjectNode user = users.addObject()
        .put("username", email)
        .put("sub", sub)
        .put("email", email)
        .put("name", name)
        .put("tenantId", tenantId)
        .put("tenantName", tenantName)
        .put("salt", encodedSalt)
        .put("passwordHash", hash(password, encodedSalt))
        .put("enabled", true)
        .put("status", status);
    ArrayNode groupNames = user.putArray("groups");
    groups.forEach(groupNames::add);
    return user;
  }

  public synchronized List<User> users() {
    List<User> users = new ArrayList<>();
    for (JsonNode user : document.path("users")) {
      users.add(userOf(user));
    }
    return List.copyOf(users);
  }

  private static User userOf(JsonNode user) {
    List<String> groups = new ArrayList<>();
    user.path("groups").forEach(g -> groups.add(g.asText()));
    String signedOut = user.path("signedOutAt").asText(null);
    return new User(user.path("username").asText(), user.path("sub").asText(), user.path("email").asText(),
        user.path("name").asText(), user.path("tenantId").asText(), user.path("tenantName").asText(),
        List.copyOf(groups), user.path("enabled").asBoolean(true), user.path("status").asText(CONFIRMED),
        signedOut == null ? null : Instant.parse(signedOut));
  }

  /** The user named by their sub, user name or email (Cognito's alias), if any. */
  public synchronized Optional<User> find(String username) {
    return entry(username).map(UserDirectory::userOf);
  }

  private Optional<ObjectNode> entry(String username) {
    for (JsonNode user : document.path("users")) {
      if (user.path("sub").asText().equals(username) || user.path("username").asText().equalsIgnoreCase(username)
          || user.path("email").asText().equalsIgnoreCase(username)) {
        return Optional.of((ObjectNode) user);
      }
    }
    return Optional.empty();
  }

  private ObjectNode existing(String username) {
    return entry(username).orElseThrow(() -> new NoSuchUser(username));
  }

  /**
   * A new user of {@code tenantId} with a temporary password (status {@code FORCE_CHANGE_PASSWORD})
   * and a new random sub, as Cognito's AdminCreateUser makes it; the business's name is the one its
   * other users have (the tenant id when it has none).
   */
  public synchronized User create(String email, String name, String tenantId, String temporaryPassword) {
    if (entry(email).isPresent()) {
      throw new UserExists(email);
    }
    String tenantName = users().stream().filter(u -> u.tenantId().equals(tenantId)).map(User::tenantName)
        .findFirst().orElse(tenantId);
    ObjectNode created = newUser((ArrayNode) document.path("users"), email.toLowerCase(Locale.ROOT),
        UUID.randomUUID().toString(), name, tenantId, tenantName, List.of(), temporaryPassword, FORCE_CHANGE_PASSWORD);
    save();
    return userOf(created);
  }

  public synchronized User addToGroup(String username, String group) {
    ObjectNode user = existing(username);
    ArrayNode groups = (ArrayNode) user.path("groups");
    boolean present = false;
    for (JsonNode g : groups) {
      present |= g.asText().equals(group);
    }
    if (!present) {
      groups.add(group);
      save();
    }
    return userOf(user);
  }

  public synchronized User removeFromGroup(String username, String group) {
    ObjectNode user = existing(username);
    ArrayNode groups = (ArrayNode) user.path("groups");
    for (int i = groups.size() - 1; i >= 0; i--) {
      if (groups.get(i).asText().equals(group)) {
        groups.remove(i);
      }
    }
    save();
    return userOf(user);
  }

  public synchronized User setEnabled(String username, boolean enabled) {
    ObjectNode user = existing(username);
    user.put("enabled", enabled);
    save();
    return userOf(user);
  }

  /** Records a global sign-out (Cognito revokes the user's refresh tokens; access tokens live until they expire). */
  public synchronized User signOutEverywhere(String username, Instant at) {
    ObjectNode user = existing(username);
    user.put("signedOutAt", at.toString());
    save();
    return userOf(user);
  }

  /** The enabled user with this username (or email) and password, if both match; a disabled user never signs in. */
  public synchronized Optional<User> authenticate(String username, String password) {
    Optional<ObjectNode> found = entry(username);
    if (found.isEmpty() || !found.get().path("enabled").asBoolean(true)) {
      return Optional.empty();
    }
    ObjectNode user = found.get();
    boolean matches = MessageDigest.isEqual(hash(password, user.path("salt").asText()).getBytes(StandardCharsets.UTF_8),
        user.path("passwordHash").asText().getBytes(StandardCharsets.UTF_8));
    return matches ? Optional.of(userOf(user)) : Optional.empty();
  }

  private void save() {
    try {
      Path written = file.resolveSibling(file.getFileName() + ".tmp");
      Files.write(written, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
      Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the local user directory " + file, e);
    }
  }

  private static String hash(String password, String salt) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), Base64.getDecoder().decode(salt), 100_000, 256);
      return Base64.getEncoder().encodeToString(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("PBKDF2 is not available", e);
    }
  }
}
