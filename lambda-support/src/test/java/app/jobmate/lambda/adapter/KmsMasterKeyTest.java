package app.jobmate.lambda.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.lambda.adapter.aws.SigV4;
import app.jobmate.lambda.adapter.aws.SigV4Test;
import app.jobmate.lambda.personaldata.MasterKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * {@link KmsMasterKey} against a stand-in KMS endpoint that records each request and answers as
 * scripted: the request KMS's JSON protocol wants, signed as the SDK's signer signs it; KMS's errors
 * refused or tried again; every wait bounded. (The contract on the local cloud's KMS is infra's
 * {@code KmsMasterKeyTest}.)
 */
class KmsMasterKeyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KEY = "arn:aws:kms:eu-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  private static final AwsSessionCredentials ROLE = AwsSessionCredentials.create("ASIAEXAMPLE", "the-secret",
      "the/role+session==");
  private static final Map<String, String> ZOE = Map.of("tenantId", "t-acme", "customerId",
      "0193a5a0-1111-7abc-8def-0123456789ab");

  private record Seen(String method, String path, Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).findFirst()
          .map(h -> h.getValue().getFirst()).orElse(null);
    }
  }

  /** What the stand-in answers next: a status and body, after a delay. */
  private record Scripted(int status, String body, Duration delay) {
  }

  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Scripted> script = new ConcurrentLinkedQueue<>();
  private HttpServer server;
  private URI endpoint;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", exchange -> {
      seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
          Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes()));
      Scripted next = Optional.ofNullable(script.poll()).orElse(new Scripted(500, "{}", Duration.ZERO));
      try {
        Thread.sleep(next.delay());
        byte[] body = next.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(next.status(), body.length);
        exchange.getResponseBody().write(body);
      } catch (InterruptedException | IOException e) {
        // the client gave up waiting
      } finally {
        exchange.close();
      }
    });
    server.start();
    endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private KmsMasterKey masterKey(Duration answerTimeout) {
    return new KmsMasterKey(endpoint, "eu-west-2", StaticCredentialsProvider.create(ROLE), KEY, Clock.systemUTC(),
        Duration.ofMillis(500), answerTimeout);
  }

  private void answer(int status, String body) {
    script.add(new Scripted(status, body, Duration.ZERO));
  }

  private static String error(String type) {
    return "{\"__type\":\"" + type + "\",\"message\":\"scripted\"}";
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Test
  void a_data_key_is_asked_for_in_kms_json_signed_with_the_functions_role_as_the_sdks_signer_signs_it() throws Exception {
    byte[] plaintext = new byte[32];
    plaintext[0] = 7;
    answer(200, "{\"KeyId\":\"" + KEY + "\",\"Plaintext\":\"" + base64(plaintext) + "\",\"CiphertextBlob\":\""
        + base64(new byte[] {1, 2, 3}) + "\"}");

    MasterKey.GeneratedKey key = masterKey(Duration.ofSeconds(2)).generate(ZOE);

    assertThat(key.plaintext()).isEqualTo(plaintext);
    assertThat(key.wrapped()).containsExactly(1, 2, 3);
    Seen request = seen.getFirst();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/");
    assertThat(request.header("X-Amz-Target")).isEqualTo("TrentService.GenerateDataKey");
    assertThat(request.header("Content-Type")).isEqualTo("application/x-amz-json-1.1");
    assertThat(request.header("X-Amz-Security-Token")).isEqualTo("the/role+session==");
    assertThat(request.header("X-Amz-Content-Sha256")).isEqualTo(SigV4.sha256Hex(request.body()));
    assertThat(request.header("Host")).isEqualTo("127.0.0.1:" + server.getAddress().getPort());
    JsonNode body = JSON.readTree(request.body());
    assertThat(body.get("KeyId").asText()).isEqualTo(KEY);
    assertThat(body.get("KeySpec").asText()).isEqualTo("AES_256");
    assertThat(JSON.convertValue(body.get("EncryptionContext"), Map.class)).isEqualTo(ZOE);
    assertThat(request.header("Authorization"))
        .startsWith("AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE/" + SigV4.day(signedAt(request)) + "/eu-west-2/kms/aws4_request, ")
        .isEqualTo(SigV4Test.sdkAuthorization(URI.create(endpoint + "/"), Map.of("Content-Type", request.header("Content-Type"),
                "X-Amz-Target", request.header("X-Amz-Target"), "X-Amz-Content-Sha256", request.header("X-Amz-Content-Sha256")),
            request.body(),
            new SigV4.Credentials("ASIAEXAMPLE", "the-secret", Optional.of("the/role+session==")), signedAt(request),
            "eu-west-2", "kms"));
  }

  @Test
  void a_wrapped_key_is_unwrapped_by_decrypt_with_its_encryption_context() throws Exception {
    byte[] plaintext = new byte[32];
    plaintext[31] = 9;
    answer(200, "{\"KeyId\":\"" + KEY + "\",\"Plaintext\":\"" + base64(plaintext) + "\",\"EncryptionAlgorithm\":\"SYMMETRIC_DEFAULT\"}");

    assertThat(masterKey(Duration.ofSeconds(2)).unwrap(new byte[] {4, 5, 6}, ZOE)).isEqualTo(plaintext);

    Seen request = seen.getFirst();
    assertThat(request.header("X-Amz-Target")).isEqualTo("TrentService.Decrypt");
    JsonNode body = JSON.readTree(request.body());
    assertThat(body.get("CiphertextBlob").asText()).isEqualTo(base64(new byte[] {4, 5, 6}));
    assertThat(body.get("KeyId").asText()).isEqualTo(KEY);
    assertThat(JSON.convertValue(body.get("EncryptionContext"), Map.class)).isEqualTo(ZOE);
  }

  @Test
  void kms_refusals_are_refused_at_once_with_kmss_error_code() {
    for (String type : List.of("InvalidCiphertextException", "IncorrectKeyException", "AccessDeniedException",
        "KMSInvalidStateException", "DisabledException", "NotFoundException", "com.amazonaws.kms#InvalidCiphertextException")) {
      seen.clear();
      answer(400, error(type));

      assertThatThrownBy(() -> masterKey(Duration.ofSeconds(2)).unwrap(new byte[] {1}, ZOE)).as(type)
          .isInstanceOf(MasterKey.Refused.class)
          .satisfies(e -> assertThat(((MasterKey.Refused) e).code()).isEqualTo(type.substring(type.indexOf('#') + 1)));
      assertThat(seen).as(type).hasSize(1);
    }
  }

  @Test
  void throttling_and_kmss_own_failures_are_tried_again_and_a_later_answer_is_taken() {
    answer(400, error("ThrottlingException"));
    answer(500, error("KMSInternalException"));
    answer(200, "{\"Plaintext\":\"" + base64(new byte[32]) + "\"}");

    assertThat(masterKey(Duration.ofSeconds(2)).unwrap(new byte[] {1}, ZOE)).hasSize(32);
    assertThat(seen).hasSize(3);
    assertThat(seen.get(1).header("Authorization")).isNotNull();
  }

  @Test
  void a_kms_that_keeps_throttling_is_unavailable_after_three_attempts() {
    for (int i = 0; i < 3; i++) {
      answer(400, error("ThrottlingException"));
    }

    assertThatThrownBy(() -> masterKey(Duration.ofSeconds(2)).generate(ZOE)).isInstanceOf(MasterKey.Unavailable.class)
        .hasMessageContaining("ThrottlingException");
    assertThat(seen).hasSize(KmsMasterKey.ATTEMPTS);
  }

  @Test
  void a_kms_that_does_not_answer_in_time_is_unavailable_within_the_attempts_timeouts() {
    for (int i = 0; i < 3; i++) {
      script.add(new Scripted(200, "{}", Duration.ofSeconds(5)));
    }
    long start = System.nanoTime();

    assertThatThrownBy(() -> masterKey(Duration.ofMillis(300)).unwrap(new byte[] {1}, ZOE))
        .isInstanceOf(MasterKey.Unavailable.class).hasMessageContaining("HttpTimeoutException");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(seen).hasSize(KmsMasterKey.ATTEMPTS);
  }

  @Test
  void a_kms_that_cannot_be_reached_is_unavailable() {
    server.stop(0);

    assertThatThrownBy(() -> masterKey(Duration.ofSeconds(1)).generate(ZOE)).isInstanceOf(MasterKey.Unavailable.class);
  }

  @Test
  void an_answer_without_the_key_is_not_taken_for_one() {
    answer(200, "{\"KeyId\":\"" + KEY + "\"}");

    assertThatThrownBy(() -> masterKey(Duration.ofSeconds(1)).unwrap(new byte[] {1}, ZOE))
        .isInstanceOf(MasterKey.Unavailable.class).hasMessageContaining("Plaintext");
  }

  @Test
  void kms_is_found_where_the_sdks_settings_send_it_else_at_its_regional_endpoint() {
    String before = System.getProperty("aws.endpointUrlKms");
    try {
      System.clearProperty("aws.endpointUrlKms");
      if (System.getenv("AWS_ENDPOINT_URL_KMS") == null && System.getenv("AWS_ENDPOINT_URL") == null) {
        assertThat(KmsMasterKey.endpoint("eu-west-2")).isEqualTo(URI.create("https://kms.eu-west-2.amazonaws.com"));
      }
      System.setProperty("aws.endpointUrlKms", "http://127.0.0.1:4566");
      assertThat(KmsMasterKey.endpoint("eu-west-2")).isEqualTo(URI.create("http://127.0.0.1:4566"));
    } finally {
      if (before == null) {
        System.clearProperty("aws.endpointUrlKms");
      } else {
        System.setProperty("aws.endpointUrlKms", before);
      }
    }
  }

  private static Instant signedAt(Seen request) {
    return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
        .parse(request.header("X-Amz-Date"), Instant::from);
  }
}
