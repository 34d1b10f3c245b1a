package app.jobmate.projections.business;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.team.BusinessEvent.BusinessDetailsChanged;
import app.jobmate.projections.core.Index;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadSide;
import java.util.List;
import java.util.Map;

/**
 * The read side of the business's settings (the team context's {@code business} stream): one
 * document per business, read by id, for the settings page and the business's name on a member's
 * profile. A read side of its own because its stream is not the team's: each projector primes and
 * follows one kind of stream.
 */
public final class BusinessReadSide implements ReadSide {

  public static final String NAME = "business";

  private static final List<Projection<?, ?>> PROJECTIONS = List.of(new BusinessProjection());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Projection<?, ?>> projections() {
    return PROJECTIONS;
  }

  @Override
  public Map<String, List<Index>> indexes() {
    return Map.of(BusinessProjection.NAME, List.of());
  }

  @Override
  public DomainEvent primingEvent(String streamId) {
    return new BusinessDetailsChanged("SnapStart priming", null);
  }
}
