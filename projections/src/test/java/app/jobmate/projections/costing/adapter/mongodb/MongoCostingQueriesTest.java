package app.jobmate.projections.costing.adapter.mongodb;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventType;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
import app.jobmate.events.team.BusinessEvent.VatRegistrationChanged;
import app.jobmate.events.team.VatNumber;
import app.jobmate.events.team.VatRegistration;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.business.BusinessReadSide;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.costing.CostingQueries;
import app.jobmate.projections.costing.CostingQueriesContract;
import app.jobmate.projections.testing.EmbeddedMongo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The costing's reads against embedded mongo-java-server; the VAT registration told by projecting the
 * business settings' real event with their own read side, so a rename of a stored settings field fails here.
 */
public class MongoCostingQueriesTest extends CostingQueriesContract {

  @Override
  protected Fixture newFixture() {
    MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL).ensureIndexes();
    MongoCostingQueries queries = new MongoCostingQueries(readModels);
    return new Fixture() {
      @Override
      public ReadModels readModels() {
        return readModels;
      }

      @Override
      public CostingQueries queries() {
        return queries;
      }

      @Override
      public void registerForVat(TenantId tenantId, LocalDate from) {
        registered(readModels, tenantId, from);
      }
    };
  }

  /** The business settings' own projection of a VAT registration from {@code from}. */
  public static void registered(ReadModels readModels, TenantId tenantId, LocalDate from) {
    VatRegistrationChanged event = new VatRegistrationChanged(new VatRegistration(VatNumber.of("GB123456789"), from));
    EventType<?> type = EventTypes.of(event.getClass());
    EventEnvelope envelope = new EventEnvelope("0193c5a0-0000-7000-8000-3000000000" + Math.abs(from.hashCode() % 90 + 10),
        type.name(), type.schemaVersion(), tenantId, type.streamType(), tenantId.value(), 1,
        Instant.parse("2026-12-01T09:00:00Z"), "c", "c", "c", new Actor(UserId.of("u-owner"), List.of(Role.OWNER)),
        EventCodec.standard().encode(event));
    InMemoryEventHistory history = new InMemoryEventHistory();
    history.append(List.of(envelope));
    assertThat(new Projector(readModels, history, EventCodec.standard(), new BusinessReadSide().projections())
        .project(List.of(envelope)).allApplied()).isTrue();
  }
}
