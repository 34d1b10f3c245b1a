package app.jobmate.lambda.adapter;

import app.jobmate.lambda.adapter.aws.SigV4;
import app.jobmate.lambda.personaldata.MasterKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.endpoint.AwsClientEndpointProvider;
import software.amazon.awssdk.regions.Region;

/**
 * The master key in KMS: {@code GenerateDataKey} (AES_256) makes a customer's data key, in the
 * clear and wrapped, and {@code Decrypt} unwraps it; the encryption context is bound to the wrapped
 * key (and logged by CloudTrail, which is why it holds ids only). Locally, the local cloud serves
 * the same two operations.
 *
 * <p>Without the SDK's KMS client (1.5 MiB a jar, docs/decisions/lean-jars.md): KMS's JSON 1.1
 * protocol over the JDK's HTTP client, each request signed with SigV4 (service {@code kms}) with the
 * function's credentials, a role's session token included. The endpoint is the one the SDK's client
 * would use: {@code aws.endpointUrlKms}, {@code AWS_ENDPOINT_URL_KMS} or the profile's, else KMS's
 * regional endpoint. Errors: a throttled request, KMS's own failures (5xx, {@code KMSInternalException},
 * {@code DependencyTimeoutException}, {@code KeyUnavailableException}) and a connection or answer
 * that does not come in time are tried again, three attempts in all (at most about 6.5 seconds), then
 * {@link MasterKey.Unavailable}; every other error ({@code InvalidCiphertextException},
 * {@code IncorrectKeyException}, {@code AccessDeniedException}, {@code KMSInvalidStateException},
 * {@code DisabledException}, {@code NotFoundException}...) is {@link MasterKey.Refused} at once.
 */
public final class KmsMasterKey implements MasterKey {

  public static final String CONTENT_TYPE = "application/x-amz-json-1.1";
  public static final String TARGET_PREFIX = "TrentService.";

  static final int ATTEMPTS = 3;
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
  static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(2);

  private static final ObjectMapper JSON = new ObjectMapper();
  /** KMS's errors worth another try, whatever their status (KMS answers throttling with a 400). */
  private static final Set<String> TRANSIENT = Set.of("ThrottlingException", "KMSInternalException",
      "DependencyTimeoutException", "KeyUnavailableException");

  private final URI endpoint;
  private final String region;
  private final AwsCredentialsProvider credentials;
  private final String keyId;
  private final Clock clock;
  private final Duration answerTimeout;
  private final HttpClient http;

  public KmsMasterKey(URI endpoint, String region, AwsCredentialsProvider credentials, String keyId) {
    this(endpoint, region, credentials, keyId, Clock.systemUTC(), CONNECT_TIMEOUT, ANSWER_TIMEOUT);
  }

  KmsMasterKey(URI endpoint, String region, AwsCredentialsProvider credentials, String keyId, Clock clock,
      Duration connectTimeout, Duration answerTimeout) {
    String base = endpoint.toString().replaceAll("/+$", "");
    this.endpoint = URI.create(base + "/");
    this.region = region;
    this.credentials = credentials;
    this.keyId = keyId;
    this.clock = clock;
    this.answerTimeout = answerTimeout;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** The KMS key {@code keyId} where the SDK's settings send KMS requests in {@code region}, signed with {@code credentials}. */
  public static KmsMasterKey resolve(String keyId, String region, AwsCredentialsProvider credentials) {
    return new KmsMasterKey(endpoint(region), region, credentials, keyId);
  }

  /** KMS's endpoint as the SDK's client finds it: an override of the settings, else {@code https://kms.<region>.amazonaws.com}. */
  public static URI endpoint(String region) {
    return AwsClientEndpointProvider.builder()
        .serviceEndpointOverrideEnvironmentVariable("AWS_ENDPOINT_URL_KMS")
        .serviceEndpointOverrideSystemProperty("aws.endpointUrlKms")
        .serviceProfileProperty("kms")
        .serviceEndpointPrefix("kms")
        .defaultProtocol("https")
        .region(Region.of(region))
        .build()
        .clientEndpoint();
  }

  @Override
  public GeneratedKey generate(Map<String, String> context) {
    ObjectNode request = JSON.createObjectNode().put("KeyId", keyId).put("KeySpec", "AES_256");
    request.set("EncryptionContext", JSON.valueToTree(context));
    JsonNode answer = call("GenerateDataKey", request);
    return new GeneratedKey(bytes(answer, "Plaintext"), bytes(answer, "CiphertextBlob"));
  }

  @Override
  public byte[] unwrap(byte[] wrapped, Map<String, String> context) {
    ObjectNode request = JSON.createObjectNode().put("KeyId", keyId)
        .put("CiphertextBlob", Base64.getEncoder().encodeToString(wrapped));
    request.set("EncryptionContext", JSON.valueToTree(context));
    return bytes(call("Decrypt", request), "Plaintext");
  }

  /** The request {@code operation} of {@code body} as it is sent: its URI, headers (signed now) and body. */
  HttpRequest request(String operation, byte[] body) {
    // the payload's hash as a header too, as the SDK's KMS client sends it
    Map<String, String> headers = Map.of("Content-Type", CONTENT_TYPE, "X-Amz-Target", TARGET_PREFIX + operation,
        "X-Amz-Content-Sha256", SigV4.sha256Hex(body));
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(answerTimeout)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    SigV4.signHeaders("POST", endpoint, headers, body, region, "kms", SigV4.Credentials.of(credentials), clock.instant())
        .forEach(request::header);
    return request.build();
  }

  private JsonNode call(String operation, ObjectNode request) {
    byte[] body;
    try {
      body = JSON.writeValueAsBytes(request);
    } catch (IOException e) {
      throw new IllegalStateException("a request of strings always serializes", e);
    }
    String failure = "";
    Exception cause = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      if (attempt > 1) {
        pause(attempt);
      }
      HttpResponse<byte[]> response;
      try {
        response = http.send(request(operation, body), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
        cause = e;
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Unavailable("KMS " + operation + " was interrupted", e);
      }
      JsonNode answer = parse(response.body());
      if (response.statusCode() == 200) {
        return answer;
      }
      String code = errorCode(response, answer);
      String message = answer.path("message").asText(answer.path("Message").asText(""));
      if (response.statusCode() >= 500 || response.statusCode() == 429 || TRANSIENT.contains(code)) {
        failure = response.statusCode() + " " + code + " " + message;
        cause = null;
        continue;
      }
      throw new Refused(code, "KMS " + operation + " refused (" + response.statusCode() + "): " + message);
    }
    throw new Unavailable("KMS " + operation + " failed " + ATTEMPTS + " times, last: " + failure.strip(), cause);
  }

  /** KMS's error code, from {@code X-Amzn-ErrorType} or the body's {@code __type}, without a namespace or a URL. */
  private static String errorCode(HttpResponse<byte[]> response, JsonNode answer) {
    String type = response.headers().firstValue("x-amzn-errortype").orElse(answer.path("__type").asText(""));
    if (type.contains("#")) {
      type = type.substring(type.indexOf('#') + 1);
    }
    if (type.contains(":")) {
      type = type.substring(0, type.indexOf(':'));
    }
    return type.isBlank() ? "UnknownError" : type.strip();
  }

  private static JsonNode parse(byte[] body) {
    try {
      JsonNode parsed = body.length == 0 ? null : JSON.readTree(body);
      return parsed == null ? JSON.createObjectNode() : parsed;
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  private static byte[] bytes(JsonNode answer, String field) {
    String value = answer.path(field).asText("");
    if (value.isEmpty()) {
      throw new Unavailable("KMS answered without " + field, null);
    }
    try {
      return Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      throw new Unavailable("KMS answered a " + field + " that is not base64", e);
    }
  }

  /** 100 ms before the second attempt, 200 ms before the third. */
  private static void pause(int attempt) {
    try {
      Thread.sleep(100L << (attempt - 2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("KMS was interrupted between attempts", e);
    }
  }
}
