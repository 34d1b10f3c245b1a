package app.jobmate.commands.team;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.adapter.memory.InMemoryQuotePolicies;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.quotes.QuotePolicies;
import app.jobmate.commands.quotes.QuotePolicies.QuotePolicy;
import app.jobmate.commands.quotes.QuotePoliciesContract;
import app.jobmate.commands.team.BusinessCommand.ChangeSettings;
import app.jobmate.commands.team.BusinessSettings.QuotingDefaults;
import app.jobmate.commands.team.BusinessSettings.Vat;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.team.VatNumber;
import app.jobmate.events.team.VatRegistration;
import app.jobmate.events.values.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QuotePoliciesFollowTheSettingsTest {

  private static final TenantId ACME = TenantId.of("acme-plumbing");
  private static final TenantId OTHER = TenantId.of("other-business");
  /** What the tenants item said before the business had settings. */
  private static final QuotePolicy KEPT_BEFORE = new QuotePolicy(RoundingPolicy.PER_DOCUMENT, 14, LocalDate.of(2020, 1, 1));

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final QuotePolicies policies = new QuotePoliciesFromSettings(new BusinessRecord(store),
      new InMemoryQuotePolicies(Map.of(ACME, KEPT_BEFORE, OTHER, KEPT_BEFORE)));

  private void change(TenantId tenant, BusinessSettings wanted) {
    new CommandService(store).handle(BusinessRecord.streamOf(tenant), new ChangeSettings(wanted, 0, TeamSpec.OWNER),
        new CommandContext(UUID.randomUUID().toString(), "h", TeamSpec.OWNER, null, null,
            Instant.parse("2026-12-06T09:00:00Z"), OptionalLong.empty()), BusinessDecider.INSTANCE);
  }

  @Test
  void a_business_that_never_set_its_settings_keeps_the_policy_it_had() {
    assertThat(policies.of(ACME)).isEqualTo(KEPT_BEFORE);
  }

  @Test
  void the_quoting_defaults_set_are_the_rounding_and_validity_of_the_next_command() {
    change(ACME, BusinessSettings.NONE.with(new QuotingDefaults(RoundingPolicy.PER_LINE, 45)));

    assertThat(policies.of(ACME)).isEqualTo(new QuotePolicy(RoundingPolicy.PER_LINE, 45, KEPT_BEFORE.vatRegisteredFrom()));

    change(ACME, BusinessSettings.NONE.with(new QuotingDefaults(RoundingPolicy.PER_LINE, 7)));

    assertThat(policies.of(ACME).validityDays()).isEqualTo(7);
  }

  @Test
  void the_vat_registration_set_is_the_one_quotes_are_priced_by_and_not_registered_is_none() {
    change(ACME, BusinessSettings.NONE.with(new Vat(new VatRegistration(VatNumber.of("GB123456789"),
        LocalDate.of(2025, 4, 1)))));

    assertThat(policies.of(ACME).vatRegisteredFrom()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(policies.of(ACME).rounding()).isEqualTo(KEPT_BEFORE.rounding());

    change(ACME, BusinessSettings.NONE.with(Vat.NOT_REGISTERED));

    assertThat(policies.of(ACME).vatRegisteredFrom()).isNull();
    assertThat(policies.of(ACME).vatRegisteredOn(LocalDate.of(2026, 12, 6))).isFalse();
  }

  @Test
  void the_quote_number_prefix_set_is_the_one_the_next_number_is_taken_with_and_none_is_the_default() {
    assertThat(policies.of(ACME).numberPrefix()).isNull();

    change(ACME, BusinessSettings.NONE.with(new BusinessSettings.QuoteNumbering("ACME-", 1250)));

    assertThat(policies.of(ACME).numberPrefix()).isEqualTo("ACME-");
    assertThat(policies.of(OTHER).numberPrefix()).isNull();
  }

  @Test
  void one_business_settings_never_reach_another() {
    change(ACME, BusinessSettings.NONE.with(new QuotingDefaults(RoundingPolicy.PER_LINE, 45)));

    assertThat(policies.of(OTHER)).isEqualTo(KEPT_BEFORE);
  }

  /** With no settings recorded, the policies are those kept before, every rule of the port holding. */
  @Nested
  class WithoutSettings extends QuotePoliciesContract {

    @Override
    protected QuotePolicies policies(Map<TenantId, Chosen> chosen) {
      Map<TenantId, QuotePolicy> kept = new HashMap<>();
      chosen.forEach((tenant, c) -> kept.put(tenant, new QuotePolicy(
          c.rounding() == null ? QuotePolicy.DEFAULT.rounding() : c.rounding(),
          c.validityDays() == null ? QuotePolicy.DEFAULT.validityDays() : c.validityDays())));
      return new QuotePoliciesFromSettings(new BusinessRecord(new InMemoryEventStore()), new InMemoryQuotePolicies(kept));
    }
  }
}
