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
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The app clients created through the user pools API ({@code CreateUserPoolClient}), kept in
 * {@code identity/app-clients.json} under the data directory: what the local token endpoint checks
 * a client-credentials request against. Ids are 26 lower-case letters and digits as Cognito's are;
 * secrets 51 characters, stored only as a SHA-256 hash (they are random, so no stretching is
 * needed). The template's own app clients (the dashboard's) are not here: they have no secret.
 */
public final class AppClientDirectory {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  /** An app client: the OAuth flows and scopes it may use, and its name. */
  public record AppClient(String clientId, String name, List<String> flows, List<String> scopes, Instant createdAt) {
  }

  /** A client just created, with its secret (answered once, as Cognito does on creation). */
  public record Created(AppClient client, String secret) {
  }

  private final Path file;
  private final ObjectNode document;

  private AppClientDirectory(Path file, ObjectNode document) {
    this.file = file;
    this.document = document;
  }

  public static AppClientDirectory open(Path file) {
    try {
      if (!Files.exists(file)) {
        return new AppClientDirectory(file, emptyDocument());
      }
      JsonNode document = Json.parse(Files.readAllBytes(file));
      if (!document.isObject() || !document.path("clients").isArray()) {
        throw new IllegalStateException("the local app client directory " + file + " has no clients array");
      }
      return new AppClientDirectory(file, (ObjectNode) document);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the local app client directory " + file, e);
    }
  }

  private static ObjectNode emptyDocument() {
    ObjectNode document = Json.object();
    document.putArray("clients");
    return document;
  }

  public synchronized Created create(String name, List<String> flows, List<String> scopes, Instant now) {
    String clientId = random(26);
    String secret = random(51);
    ObjectNode entry = ((ArrayNode) document.path("clients")).addObject()
        .put("clientId", clientId)
        .put("name", name)
        .put("secretSha256", sha256(secret))
        .put("createdAt", now.toString());
    flows.forEach(entry.putArray("flows")::add);
    scopes.forEach(entry.putArray("scopes")::add);
    save();
    return new Created(clientOf(entry), secret);
  }

  /** Whether there was such a client to delete. */
  public synchronized boolean delete(String clientId) {
    Iterator<JsonNode> clients = document.path("clients").elements();
    while (clients.hasNext()) {
      if (clients.next().path("clientId").asText().equals(clientId)) {
        clients.remove();
        save();
        return true;
      }
    }
    return false;
  }

  public synchronized Optional<AppClient> find(String clientId) {
    return entry(clientId).map(AppClientDirectory::clientOf);
  }

  /** The client these credentials name, if the secret is its own. */
  public synchronized Optional<AppClient> authenticate(String clientId, String secret) {
    return entry(clientId)
        .filter(e -> MessageDigest.isEqual(sha256(secret).getBytes(StandardCharsets.US_ASCII),
            e.path("secretSha256").asText().getBytes(StandardCharsets.US_ASCII)))
        .map(AppClientDirectory::clientOf);
  }

  private Optional<JsonNode> entry(String clientId) {
    for (JsonNode client : document.path("clients")) {
      if (client.path("clientId").asText().equals(clientId)) {
        return Optional.of(client);
      }
    }
    return Optional.empty();
  }

  private static AppClient clientOf(JsonNode entry) {
    List<String> flows = new ArrayList<>();
    entry.path("flows").forEach(f -> flows.add(f.asText()));
    List<String> scopes = new ArrayList<>();
    entry.path("scopes").forEach(s -> scopes.add(s.asText()));
    return new AppClient(entry.path("clientId").asText(), entry.path("name").asText(), List.copyOf(flows),
        List.copyOf(scopes), Instant.parse(entry.path("createdAt").asText()));
  }

  private void save() {
    try {
      Files.createDirectories(file.getParent());
      Path written = file.resolveSibling(file.getFileName() + ".tmp");
      Files.write(written, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
      Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the local app client directory " + file, e);
    }
  }

  private static String random(int length) {
    StringBuilder value = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      value.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return value.toString();
  }

  private static String sha256(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
