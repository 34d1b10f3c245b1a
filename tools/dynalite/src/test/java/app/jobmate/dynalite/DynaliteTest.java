package app.jobmate.dynalite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class DynaliteTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void answers_dynamodb_requests_on_loopback_and_stops_when_closed() throws Exception {
    Dynalite dynalite = Dynalite.startInMemory();
    try {
      assertThat(dynalite.endpoint().getHost()).isEqualTo("127.0.0.1");
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(dynalite.endpoint())
          .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
          .header("Content-Type", "application/x-amz-json-1.0")
          .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
      // unsigned, so dynalite answers as DynamoDB would: with a signature error in DynamoDB's format
      assertThat(response.body()).contains("com.amazon.coral.service#");
    } finally {
      dynalite.close();
    }
    assertThat(dynalite.isRunning()).isFalse();
  }

  @Test
  void two_servers_run_side_by_side_on_different_ports() {
    try (Dynalite first = Dynalite.startInMemory(); Dynalite second = Dynalite.startInMemory()) {
      assertThat(first.endpoint()).isNotEqualTo(second.endpoint());
    }
  }
}
