package app.jobmate.projections.business;

import static app.jobmate.projections.testing.Fold.fold;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.Actor;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.team.BusinessEvent.BusinessDetailsChanged;
import app.jobmate.events.team.BusinessEvent.HourlyCostsChanged;
import app.jobmate.events.team.BusinessEvent.QuoteNumberingChanged;
import app.jobmate.events.team.BusinessEvent.QuotingDefaultsChanged;
import app.jobmate.events.team.BusinessEvent.VatRegistrationChanged;
import app.jobmate.events.team.BusinessEvent.VatStaggerChanged;
import app.jobmate.events.team.VatNumber;
import app.jobmate.events.team.VatRegistration;
import app.jobmate.events.team.VatStagger;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessProjectionTest {

  private static final BusinessProjection BUSINESS = new BusinessProjection();
  private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

  private final List<EventEnvelope> stream = new ArrayList<>();

  private void then(DomainEvent event) {
    var type = EventTypes.of(event.getClass());
    int version = stream.size() + 1;
    stream.add(new EventEnvelope("0193a5c1-9d2e-7f10-8a4b-00000000000" + version, type.name(), type.schemaVersion(),
        TenantId.of("t-acme"), type.streamType(), "t-acme", version, START.plusSeconds(60L * version),
        "c" + version, "c" + version, "c" + version, new Actor(UserId.of("u-jo"), List.of(Role.OWNER)),
        EventCodec.standard().encode(event)));
  }

  @Test
  void the_business_documents_take_every_settings_event() {
    assertThat(BUSINESS.eventTypes()).hasSize(6).contains("BusinessDetailsChanged", "QuoteNumberingChanged");
    assertThat(BUSINESS.streamType()).isEqualTo("business");
  }

  @Test
  void each_settings_event_replaces_its_group_and_leaves_the_others_as_they_were() {
    then(new BusinessDetailsChanged("Acme Plumbing", "Leeds"));
    then(new VatRegistrationChanged(new VatRegistration(VatNumber.of("GB123456789"), LocalDate.of(2021, 4, 1))));
    then(new VatStaggerChanged(VatStagger.STAGGER_2));
    then(new QuotingDefaultsChanged(RoundingPolicy.PER_DOCUMENT, 45));
    then(new QuoteNumberingChanged("ACME-", 1250));
    then(new HourlyCostsChanged(Money.ofPence(2850), Money.ofPence(1200)));

    assertThat(fold(BUSINESS, stream)).isEqualTo(new BusinessProfile("Acme Plumbing", "Leeds", true, "GB123456789",
        LocalDate.of(2021, 4, 1), "apr-jul-oct-jan", "per-document", 45, "ACME-", 1250L, 2850L, 1200L,
        START.plusSeconds(360)));
  }

  @Test
  void a_business_no_longer_registered_for_vat_has_no_vat_number() {
    then(new VatRegistrationChanged(new VatRegistration(VatNumber.of("GB123456789"), LocalDate.of(2021, 4, 1))));
    then(new BusinessDetailsChanged("Acme Plumbing", null));
    then(new VatRegistrationChanged(null));

    BusinessProfile business = fold(BUSINESS, stream);

    assertThat(business.vatRegistered()).isFalse();
    assertThat(business.vatNumber()).isNull();
    assertThat(business.vatRegisteredFrom()).isNull();
    assertThat(business.name()).isEqualTo("Acme Plumbing");
    assertThat(business.rounding()).isNull();
  }
}
