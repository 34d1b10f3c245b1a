package app.jobmate.localcloud.kms;

import app.jobmate.localcloud.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two KMS operations Jobmate calls, served on the service port by {@code X-Amz-Target:
 * TrentService.<Operation>} (JSON 1.1, as KMS speaks it): {@code GenerateDataKey} (AES_256, or 1 to
 * 1,024 bytes) and {@code Decrypt}. One master key stands for every KMS key of the template: 256
 * random bits in {@code <data>/kms/master-key}, its owner's only (0600 in a 0700 directory), made at
 * the first start. A ciphertext blob holds the key id it was made under, a nonce and the data key
 * sealed with AES-GCM under the master key, with the key id and the encryption context as associated
 * data: as in KMS, a blob decrypts only with the same context, and is refused as
 * {@code InvalidCiphertextException} otherwise.
 */
public final class LocalKms {

  public static final String TARGET_PREFIX = "TrentService.";

  private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> PRIVATE_DIRECTORY = PosixFilePermissions.fromString("rwx------");
  private static final byte VERSION = 1;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A status and the JSON body of the answer. */
  public record Answer(int status, JsonNode body) {
  }

  private final byte[] masterKey;

  private LocalKms(byte[] masterKey) {
    this.masterKey = masterKey;
  }

  /** The local KMS with the master key kept in {@code data}/kms/master-key (made if there is none). */
  public static LocalKms open(Path data, Consumer<String> log) {
    Path file = data.resolve("kms").resolve("master-key");
    try {
      if (Files.exists(file)) {
        keepPrivate(file, log);
        byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        if (key.length != 32) {
          throw new IllegalStateException("the local KMS master key in " + file + " is not 256 bits");
        }
        return new LocalKms(key);
      }
      byte[] key = new byte[32];
      RANDOM.nextBytes(key);
      save(key, file);
      return new LocalKms(key);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the local KMS master key in " + file, e);
    }
  }

  public Answer handle(String target, byte[] body) {
    String operation = target.substring(TARGET_PREFIX.length());
    JsonNode request;
    try {
      request = Json.parse(body);
    } catch (RuntimeException e) {
      return error(400, "SerializationException", "the request is not JSON");
    }
    return switch (operation) {
      case "GenerateDataKey" -> generateDataKey(request);
      case "Decrypt" -> decrypt(request);
      default -> error(400, "UnknownOperationException", "the local cloud does not serve kms " + operation);
    };
  }

  private Answer generateDataKey(JsonNode request) {
    String keyId = request.path("KeyId").asText("");
    if (keyId.isBlank()) {
      return error(400, "ValidationException", "KeyId is required");
    }
    int bytes;
    if (request.has("KeySpec")) {
      bytes = switch (request.path("KeySpec").asText("")) {
        case "AES_256" -> 32;
        case "AES_128" -> 16;
        default -> -1;
      };
    } else {
      bytes = request.path("NumberOfBytes").asInt(-1);
    }
    if (bytes < 1 || bytes > 1024) {
      return error(400, "ValidationException", "give KeySpec AES_256 or AES_128, or NumberOfBytes from 1 to 1024");
    }
    byte[] plaintext = new byte[bytes];
    RANDOM.nextBytes(plaintext);
    byte[] blob = wrap(keyId, context(request), plaintext);
    ObjectNode answer = Json.object()
        .put("KeyId", keyId)
        .put("Plaintext", Base64.getEncoder().encodeToString(plaintext))
        .put("CiphertextBlob", Base64.getEncoder().encodeToString(blob));
    return new Answer(200, answer);
  }

  private Answer decrypt(JsonNode request) {
    byte[] blob;
    try {
      blob = Base64.getDecoder().decode(request.path("CiphertextBlob").asText(""));
    } catch (IllegalArgumentException e) {
      return error(400, "SerializationException", "CiphertextBlob is not base64");
    }
    try {
      ByteBuffer in = ByteBuffer.wrap(blob);
      if (in.get() != VERSION) {
        throw new IllegalArgumentException("not a local KMS ciphertext");
      }
      byte[] keyIdBytes = new byte[in.getShort()];
      in.get(keyIdBytes);
      String keyId = new String(keyIdBytes, StandardCharsets.UTF_8);
      String asked = request.path("KeyId").asText("");
      if (!asked.isEmpty() && !asked.equals(keyId)) {
        return error(400, "IncorrectKeyException", "the ciphertext was not made under " + asked);
      }
      byte[] nonce = new byte[12];
      in.get(nonce);
      byte[] sealed = new byte[in.remaining()];
      in.get(sealed);
      byte[] plaintext = crypt(Cipher.DECRYPT_MODE, nonce, associatedData(keyId, context(request)), sealed);
      return new Answer(200, Json.object().put("KeyId", keyId)
          .put("Plaintext", Base64.getEncoder().encodeToString(plaintext))
          .put("EncryptionAlgorithm", "SYMMETRIC_DEFAULT"));
    } catch (AEADBadTagException | RuntimeException e) {
      return error(400, "InvalidCiphertextException", "the ciphertext does not decrypt with this encryption context");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  private byte[] wrap(String keyId, Map<String, String> context, byte[] plaintext) {
    byte[] nonce = new byte[12];
    RANDOM.nextBytes(nonce);
    byte[] keyIdBytes = keyId.getBytes(StandardCharsets.UTF_8);
    try {
      byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, associatedData(keyId, context), plaintext);
      return ByteBuffer.allocate(1 + 2 + keyIdBytes.length + 12 + sealed.length).put(VERSION)
          .putShort((short) keyIdBytes.length).put(keyIdBytes).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  private byte[] crypt(int mode, byte[] nonce, byte[] associatedData, byte[] bytes) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(masterKey, "AES"), new GCMParameterSpec(128, nonce));
    cipher.updateAAD(associatedData);
    return cipher.doFinal(bytes);
  }

  private static Map<String, String> context(JsonNode request) {
    Map<String, String> context = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = request.path("EncryptionContext").fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      context.put(field.getKey(), field.getValue().asText());
    }
    return context;
  }

  private static byte[] associatedData(String keyId, Map<String, String> context) {
    StringBuilder text = new StringBuilder(keyId);
    context.forEach((name, value) -> text.append('\n').append(name.length()).append(':').append(name)
        .append(value.length()).append(':').append(value));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Answer error(int status, String type, String message) {
    return new Answer(status, Json.object().put("__type", type).put("message", message));
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  /** Written to a private temporary file first, then moved into place: never readable by others, nor half written. */
  private static void save(byte[] key, Path file) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    boolean posix = posix(directory);
    if (!Files.isDirectory(directory)) {
      if (posix) {
        Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PRIVATE_DIRECTORY));
      } else {
        Files.createDirectories(directory);
      }
    }
    Path temporary = posix
        ? Files.createTempFile(directory, ".master-key", ".tmp", PosixFilePermissions.asFileAttribute(PRIVATE_FILE))
        : Files.createTempFile(directory, ".master-key", ".tmp");
    try {
      Files.writeString(temporary, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void keepPrivate(Path file, Consumer<String> log) throws IOException {
    if (!posix(file)) {
      return;
    }
    Set<PosixFilePermission> granted = Files.getPosixFilePermissions(file);
    if (!PRIVATE_FILE.containsAll(granted)) {
      Files.setPosixFilePermissions(file, PRIVATE_FILE);
      log.accept("kms: the master key " + file + " was " + PosixFilePermissions.toString(granted)
          + ", readable by others; it is now rw------- (its owner's only)");
    }
  }
}
