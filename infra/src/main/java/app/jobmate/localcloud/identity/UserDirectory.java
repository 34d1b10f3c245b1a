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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The local user pool's users, kept in {@code identity/users.json} under the data directory and
 * seeded at the first start with Jobmate's demo tenants. Passwords are stored as salted PBKDF2 hashes.
 */
public final class UserDirectory {

  /** Every demo user signs in with this password (local cloud only). */
  public static final String DEMO_PASSWORD = "Jobmate-demo-1";

  /** A user of the pool: {@code groups} are Jobmate roles (owner, admin, staff). */
  public record User(String username, String sub, String email, String name, String tenantId, String tenantName,
      List<String> groups) {
  }

  private final List<User> users;
  private final List<String[]> hashes;

  private UserDirectory(List<User> users, List<String[]> hashes) {
    this.users = users;
    this.hashes = hashes;
  }

  public static UserDirectory openOrSeed(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Files.write(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(seed()));
      }
      JsonNode document = Json.parse(Files.readAllBytes(file));
      List<User> users = new ArrayList<>();
      List<String[]> hashes = new ArrayList<>();
      for (JsonNode user : document.path("users")) {
        List<String> groups = new ArrayList<>();
        user.path("groups").forEach(g -> groups.add(g.asText()));
        users.add(new User(user.path("username").asText(), user.path("sub").asText(), user.path("email").asText(),
            user.path("name").asText(), user.path("tenantId").asText(), user.path("tenantName").asText(), List.copyOf(groups)));
        hashes.add(new String[] {user.path("salt").asText(), user.path("passwordHash").asText()});
      }
      return new UserDirectory(List.copyOf(users), hashes);
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

  private static void add(ArrayNode users, String email, String name, String tenantId, String tenantName, String group) {
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    String encodedSalt = Base64.getEncoder().encodeToString(salt);
    users.addObject()
        .put("username", email)
        .put("sub", UUID.nameUUIDFromBytes(("jobmate-local:" + email).getBytes(StandardCharsets.UTF_8)).toString())
        .put("email", email)
        .put("name", name)
        .put("tenantId", tenantId)
        .put("tenantName", tenantName)
        .put("salt", encodedSalt)
        .put("passwordHash", hash(DEMO_PASSWORD, encodedSalt))
        .putArray("groups").add(group);
  }

  public List<User> users() {
    return users;
  }

  /** The user with this username (or email) and password, if both match. */
  public Optional<User> authenticate(String username, String password) {
    for (int i = 0; i < users.size(); i++) {
      User user = users.get(i);
      if (user.username().equalsIgnoreCase(username) || user.email().equalsIgnoreCase(username)) {
        String[] stored = hashes.get(i);
        boolean matches = MessageDigest.isEqual(hash(password, stored[0]).getBytes(StandardCharsets.UTF_8),
            stored[1].getBytes(StandardCharsets.UTF_8));
        return matches ? Optional.of(user) : Optional.empty();
      }
    }
    return Optional.empty();
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
