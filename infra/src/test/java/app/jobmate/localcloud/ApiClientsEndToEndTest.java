package app.jobmate.localcloud;

import static app.jobmate.localcloud.QuotesEndToEndTest.TEMPLATE;
import static app.jobmate.localcloud.QuotesEndToEndTest.command;
import static app.jobmate.localcloud.QuotesEndToEndTest.get;
import static app.jobmate.localcloud.QuotesEndToEndTest.start;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * A program's read-only access to the reports, through the local cloud: the owner adds an API client
 * and is shown its secret once; the program gets a token from the pool's token endpoint by the
 * client-credentials grant and reads its business's quotes pipeline through the reports' authorizer,
 * and nothing else (the quotes themselves, any command); the owner revokes it and its token is
 * refused from the next request, and no new token is given. Another business's owner can neither see
 * nor revoke it.
 */
class ApiClientsEndToEndTest {

  private static HttpResponse<String> token(LocalCloud cloud, URI tokenUrl, String clientId, String secret, String form) {
    String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return Http.send(HttpRequest.newBuilder(tokenUrl).header("authorization", "Basic " + basic)
        .header("content-type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  @Test
  void an_accountants_program_reads_the_reports_of_its_business_only_until_the_owner_revokes_it() throws Exception {
    try (LocalCloud cloud = start(TEMPLATE)) {
      String owner = Http.signIn(cloud, "olivia@acme.example");
      String admin = Http.signIn(cloud, "adam@acme.example");
      String otherOwner = Http.signIn(cloud, "ben@brightside.example");

      command(cloud, admin, "POST", "/api-clients", """
          {"name": "Hargreaves & Co"}""", 403);
      JsonNode added = command(cloud, owner, "POST", "/api-clients", """
          {"name": "Hargreaves & Co"}""", 201);
      String clientId = added.get("clientId").asText();
      String secret = added.get("clientSecret").asText();
      URI tokenUrl = URI.create(added.get("tokenUrl").asText());
      assertThat(tokenUrl.getHost()).as("the local token endpoint, not Cognito's").isEqualTo(cloud.endpoints().api().getHost());
      assertThat(added.get("scope").asText()).isEqualTo("jobmate-reports/reports.read");

      assertThat(token(cloud, tokenUrl, clientId, "not-the-secret", "grant_type=client_credentials").statusCode()).isEqualTo(401);
      assertThat(token(cloud, tokenUrl, clientId, secret, "grant_type=password").body()).contains("unsupported_grant_type");
      assertThat(token(cloud, tokenUrl, clientId, secret, "grant_type=client_credentials&scope=jobmate-reports/reports.write")
          .body()).contains("invalid_scope");
      HttpResponse<String> granted = token(cloud, tokenUrl, clientId, secret,
          "grant_type=client_credentials&scope=jobmate-reports%2Freports.read");
      assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
      String program = Json.parse(granted.body()).get("access_token").asText();

      String pipeline = "/reports/quotes-pipeline?from=" + LocalDate.now().minusMonths(1) + "&to=" + LocalDate.now();
      HttpResponse<String> report = get(cloud, program, pipeline);
      assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
      assertThat(get(cloud, owner, pipeline).statusCode()).as("people read it through the same authorizer").isEqualTo(200);
      assertThat(get(cloud, program, "/reports/reimbursements").statusCode()).isEqualTo(200);
      HttpResponse<String> export = get(cloud, program, "/exports/expenses.csv?format=xero&from="
          + LocalDate.now().minusMonths(1) + "&to=" + LocalDate.now());
      assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
      assertThat(export.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
      assertThat(get(cloud, program, "/quotes").statusCode()).as("only the reports").isEqualTo(401);
      assertThat(get(cloud, program, "/api-clients").statusCode()).isEqualTo(401);
      command(cloud, program, "POST", "/quotes", "{}", 401);

      JsonNode listed = Json.parse(get(cloud, owner, "/api-clients").body());
      assertThat(listed.at("/apiClients/0/clientId").asText()).isEqualTo(clientId);
      assertThat(listed.at("/apiClients/0/status").asText()).isEqualTo("active");
      assertThat(listed.toString()).doesNotContain(secret);
      assertThat(get(cloud, admin, "/api-clients").statusCode()).isEqualTo(403);
      assertThat(Json.parse(get(cloud, otherOwner, "/api-clients").body()).get("apiClients")).isEmpty();
      command(cloud, otherOwner, "DELETE", "/api-clients/" + clientId, "", 404);
      assertThat(get(cloud, program, pipeline).statusCode()).as("untouched by the other business").isEqualTo(200);

      command(cloud, owner, "DELETE", "/api-clients/" + clientId, "", 200);

      assertThat(get(cloud, program, pipeline).statusCode()).as("refused from the next request").isEqualTo(403);
      assertThat(token(cloud, tokenUrl, clientId, secret, "grant_type=client_credentials").statusCode())
          .as("no new token").isEqualTo(401);
      JsonNode after = Poll.value("the team projector applies ApiClientRevoked", java.time.Duration.ofSeconds(20),
          () -> Json.parse(get(cloud, owner, "/api-clients").body()),
          list -> list.at("/apiClients/0/status").asText().equals("revoked"));
      assertThat(after.at("/apiClients/0/revokedAt").asText()).isNotBlank();
    }
  }
}
