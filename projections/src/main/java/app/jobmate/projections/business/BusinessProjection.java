package app.jobmate.projections.business;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.team.BusinessEvent;
import app.jobmate.events.team.BusinessEvent.BusinessDetailsChanged;
import app.jobmate.events.team.BusinessEvent.HourlyCostsChanged;
import app.jobmate.events.team.BusinessEvent.QuoteNumberingChanged;
import app.jobmate.events.team.BusinessEvent.QuotingDefaultsChanged;
import app.jobmate.events.team.BusinessEvent.VatRegistrationChanged;
import app.jobmate.events.team.BusinessEvent.VatStaggerChanged;
import app.jobmate.events.team.TeamEvents;
import app.jobmate.projections.core.Projection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** The business documents: take every settings event, each replacing its group of settings. */
public final class BusinessProjection implements Projection<BusinessProfile, BusinessEvent> {

  public static final String NAME = "business";

  private static final Set<String> TAKEN = EventTypes.namesOf(TeamEvents.BUSINESS_STREAM);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<BusinessProfile> documentType() {
    return BusinessProfile.class;
  }

  @Override
  public Class<BusinessEvent> eventClass() {
    return BusinessEvent.class;
  }

  @Override
  public String streamType() {
    return TeamEvents.BUSINESS_STREAM;
  }

  @Override
  public Set<String> eventTypes() {
    return TAKEN;
  }

  @Override
  public BusinessProfile evolve(BusinessProfile document, EventEnvelope envelope, BusinessEvent event) {
    BusinessProfile b = document == null ? BusinessProfile.NONE : document;
    Instant at = envelope.occurredAt().truncatedTo(ChronoUnit.MILLIS);
    return switch (event) {
      case BusinessDetailsChanged e -> new BusinessProfile(e.name(), e.address(), b.vatRegistered(), b.vatNumber(),
          b.vatRegisteredFrom(), b.vatQuarterStagger(), b.rounding(), b.quoteValidityDays(), b.quoteNumberPrefix(),
          b.nextQuoteNumber(), b.staffHourlyCost(), b.equipmentHourlyCost(), at);
      case VatRegistrationChanged e -> new BusinessProfile(b.name(), b.address(), e.registered(),
          e.registered() ? e.registration().vatNumber().value() : null,
          e.registered() ? e.registration().registeredFrom() : null, b.vatQuarterStagger(), b.rounding(),
          b.quoteValidityDays(), b.quoteNumberPrefix(), b.nextQuoteNumber(), b.staffHourlyCost(),
          b.equipmentHourlyCost(), at);
      case VatStaggerChanged e -> new BusinessProfile(b.name(), b.address(), b.vatRegistered(), b.vatNumber(),
          b.vatRegisteredFrom(), e.stagger().wireName(), b.rounding(), b.quoteValidityDays(), b.quoteNumberPrefix(),
          b.nextQuoteNumber(), b.staffHourlyCost(), b.equipmentHourlyCost(), at);
      // the rounding policy is the quotes context's type: its wire name is taken as published
      case QuotingDefaultsChanged e -> new BusinessProfile(b.name(), b.address(), b.vatRegistered(), b.vatNumber(),
          b.vatRegisteredFrom(), b.vatQuarterStagger(), envelope.data().path("rounding").asText(),
          e.quoteValidityDays(), b.quoteNumberPrefix(), b.nextQuoteNumber(), b.staffHourlyCost(),
          b.equipmentHourlyCost(), at);
      case QuoteNumberingChanged e -> new BusinessProfile(b.name(), b.address(), b.vatRegistered(), b.vatNumber(),
          b.vatRegisteredFrom(), b.vatQuarterStagger(), b.rounding(), b.quoteValidityDays(), e.prefix(),
          e.nextNumber(), b.staffHourlyCost(), b.equipmentHourlyCost(), at);
      case HourlyCostsChanged e -> new BusinessProfile(b.name(), b.address(), b.vatRegistered(), b.vatNumber(),
          b.vatRegisteredFrom(), b.vatQuarterStagger(), b.rounding(), b.quoteValidityDays(), b.quoteNumberPrefix(),
          b.nextQuoteNumber(), e.staff().pence(), e.equipment().pence(), at);
    };
  }
}
