package app.jobmate.commands.adapter.lambda;

import static app.jobmate.testing.HttpApiCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.testing.HttpApiCalls;
import app.jobmate.testing.HttpApiCalls.Answer;
import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.adapter.memory.InMemoryQuoteNumbers;
import app.jobmate.commands.adapter.memory.InMemoryQuotePolicies;
import app.jobmate.commands.quotes.QuotePolicies.QuotePolicy;
import app.jobmate.commands.team.BusinessRecord;
import app.jobmate.commands.team.QuotePoliciesFromSettings;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsCommandFunctionTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final InMemoryQuoteNumbers numbers = new InMemoryQuoteNumbers();
  private final HttpApiCalls api = new HttpApiCalls(new SettingsCommandFunction(store, numbers,
      Clock.fixed(NOW, ZoneOffset.UTC)));

  private Answer put(String groups, String body) {
    return api.send(call("PUT /settings", "/settings").as(ACME, OWNER, groups).body(body));
  }

  private List<String> storedTypes() {
    return store.read(BusinessRecord.streamOf(TenantId.of(ACME))).stream().flatMap(c -> c.events().stream())
        .map(EventEnvelope::eventType).toList();
  }

  @Test
  void the_owner_sets_every_group_at_once_and_each_is_one_event() {
    Answer answer = put("[owner]", """
        {"name": "Acme Plumbing & Heating Ltd", "address": "Unit 4\\nLeeds\\nLS11 5QP",
         "vatRegistered": true, "vatNumber": "GB 123 4567 89", "vatRegisteredFrom": "2021-04-01",
         "vatQuarterStagger": "apr-jul-oct-jan", "rounding": "per-document", "quoteValidityDays": 45,
         "quoteNumberPrefix": "ACME-", "nextQuoteNumber": 1250, "staffHourlyCost": 2850, "equipmentHourlyCost": 1200}""");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("streamId").asText()).isEqualTo(ACME);
    assertThat(storedTypes()).containsExactly("BusinessDetailsChanged", "VatRegistrationChanged", "VatStaggerChanged",
        "QuotingDefaultsChanged", "QuoteNumberingChanged", "HourlyCostsChanged");
  }

  @Test
  void the_next_quote_follows_the_settings_changed() {
    put("[owner]", """
        {"rounding": "per-document", "quoteValidityDays": 45, "vatRegistered": false}""");

    QuotePolicy policy = new QuotePoliciesFromSettings(new BusinessRecord(store), new InMemoryQuotePolicies())
        .of(TenantId.of(ACME));

    assertThat(policy).isEqualTo(new QuotePolicy(RoundingPolicy.PER_DOCUMENT, 45, null));
  }

  @Test
  void quote_numbers_continue_from_the_next_number_chosen_and_never_go_back() {
    assertThat(put("[owner]", """
        {"quoteNumberPrefix": "ACME-", "nextQuoteNumber": 1250}""").status()).isEqualTo(200);
    assertThat(numbers.numberFor(TenantId.of(ACME), QuoteId.of("0193b1d0-5e6f-7a80-9b1c-2d3e4f5a6b7c"), NOW).value())
        .isEqualTo(1250);

    Answer back = put("[owner]", """
        {"quoteNumberPrefix": "ACME-", "nextQuoteNumber": 1250}""");

    assertThat(back.status()).isEqualTo(422);
    assertThat(back.json().get("code").asText()).isEqualTo("settings.quote-number-used");
  }

  @Test
  void admins_and_staff_may_not_change_the_settings_and_nothing_is_written() {
    for (String groups : List.of("[admin]", "[staff]")) {
      Answer answer = put(groups, """
          {"vatQuarterStagger": "apr-jul-oct-jan", "quoteNumberPrefix": "X", "nextQuoteNumber": 900}""");
      assertThat(answer.status()).isEqualTo(403);
    }
    assertThat(storedTypes()).isEmpty();
    assertThat(numbers.lastTaken(TenantId.of(ACME))).isZero();
  }

  @Test
  void every_invalid_field_is_named_at_once_and_nothing_is_written() {
    Answer answer = put("[owner]", """
        {"vatRegistered": true, "vatNumber": "123", "vatRegisteredFrom": "1970-01-01", "vatQuarterStagger": "monthly",
         "rounding": "per-line", "quoteValidityDays": 366, "quoteNumberPrefix": "q-", "nextQuoteNumber": 0,
         "staffHourlyCost": -1, "equipmentHourlyCost": 100, "tenantId": "t-other"}""");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactlyInAnyOrder(
        "vatNumber", "vatRegisteredFrom", "vatQuarterStagger", "quoteValidityDays", "quoteNumberPrefix",
        "nextQuoteNumber", "staffHourlyCost", "tenantId");
    assertThat(storedTypes()).isEmpty();
  }

  @Test
  void a_group_half_given_names_what_it_lacks_and_a_body_naming_no_setting_is_refused() {
    Answer half = put("[owner]", """
        {"rounding": "per-line", "equipmentHourlyCost": 100, "vatRegistered": false, "vatNumber": "GB123456789"}""");

    assertThat(half.status()).isEqualTo(400);
    assertThat(half.json().get("errors")).extracting(e -> e.get("field").asText())
        .containsExactlyInAnyOrder("quoteValidityDays", "staffHourlyCost", "vatNumber");
    assertThat(put("[owner]", "{}").status()).isEqualTo(400);
  }

  @Test
  void setting_what_is_already_so_records_nothing() {
    String body = """
        {"name": "Acme Plumbing", "vatRegisteredFrom": "2021-04-01", "vatRegistered": true, "vatNumber": "GB123456789"}""";
    put("[owner]", body);
    Answer again = put("[owner]", body);

    assertThat(again.status()).isEqualTo(200);
    assertThat(storedTypes()).hasSize(2);
    assertThat(LocalDate.parse("2021-04-01")).isNotNull();
  }
}
