package app.jobmate.localcloud;

import static app.jobmate.localcloud.QuotesEndToEndTest.TEMPLATE;
import static app.jobmate.localcloud.QuotesEndToEndTest.command;
import static app.jobmate.localcloud.QuotesEndToEndTest.draftBody;
import static app.jobmate.localcloud.QuotesEndToEndTest.get;
import static app.jobmate.localcloud.QuotesEndToEndTest.newQuoteId;
import static app.jobmate.localcloud.QuotesEndToEndTest.start;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The business's settings through the local cloud: the owner sets them and the next quote follows
 * them (its VAT, validity and number); admins read them; admins and staff cannot change them.
 */
class SettingsEndToEndTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Test
  void the_owner_sets_the_settings_and_the_next_quote_issued_follows_them() throws Exception {
    try (LocalCloud cloud = start(TEMPLATE)) {
      String owner = Http.signIn(cloud, "olivia@acme.example");
      String admin = Http.signIn(cloud, "adam@acme.example");
      String staff = Http.signIn(cloud, "sam@acme.example");

      command(cloud, owner, "PUT", "/settings", """
          {"name": "Acme Plumbing & Heating Ltd", "vatRegistered": false, "rounding": "per-document",
           "quoteValidityDays": 14, "quoteNumberPrefix": "AC-", "nextQuoteNumber": 500}""", 200);
      String quote = newQuoteId();
      command(cloud, owner, "POST", "/quotes", draftBody(cloud, owner, quote), 201);
      long version = command(cloud, owner, "POST", "/quotes/" + quote + "/issue", "{}", 200).get("version").asLong();

      JsonNode issued = Json.parse(get(cloud, owner, "/quotes/" + quote + "?minVersion=" + version).body());
      assertThat(issued.get("number").asLong()).isEqualTo(500);
      assertThat(issued.get("displayNumber").asText()).as("the prefix chosen").isEqualTo("AC-00500");
      cloud.awaitDrained(PATIENCE);
      assertThat(Json.parse(get(cloud, owner, "/quotes").body()).get("items").findValuesAsText("displayNumber"))
          .contains("AC-00500");
      assertThat(issued.at("/totals/vatTotal").asLong(-1)).as("not VAT registered: no VAT").isZero();
      assertThat(issued.get("validUntil").asText())
          .isEqualTo(LocalDate.now(ZoneId.of("Europe/London")).plusDays(14).toString());

      command(cloud, owner, "PUT", "/settings", """
          {"quoteNumberPrefix": "AC-", "nextQuoteNumber": 500}""", 422);
      for (String refused : new String[] {admin, staff}) {
        command(cloud, refused, "PUT", "/settings", """
            {"vatQuarterStagger": "mar-jun-sep-dec"}""", 403);
      }

      cloud.awaitDrained(PATIENCE);
      JsonNode settings = Json.parse(get(cloud, admin, "/settings").body());
      assertThat(settings.get("name").asText()).isEqualTo("Acme Plumbing & Heating Ltd");
      assertThat(settings.get("vatRegistered").asBoolean(true)).isFalse();
      assertThat(settings.has("vatQuarterStagger")).as("the refused changes wrote nothing").isFalse();
      assertThat(get(cloud, staff, "/settings").statusCode()).isEqualTo(403);
    }
  }
}
