package app.jobmate.projections.mileage;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.mileage.MileageEvent.MileageCounted;
import app.jobmate.events.values.TaxYear;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.core.Index;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadSide;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The read side of the mileage context: one document per person and tax year, their count of car and
 * van miles as it stands, read by id for {@code GET /mileage} (the mileage report with the threshold).
 */
public final class MileageReadSide implements ReadSide {

  public static final String NAME = "mileage";

  private static final List<Projection<?, ?>> PROJECTIONS = List.of(new MileageProjection());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Projection<?, ?>> projections() {
    return PROJECTIONS;
  }

  /** Read by id only (member and tax year): no index beyond the key. */
  @Override
  public Map<String, List<Index>> indexes() {
    return Map.of(MileageProjection.NAME, List.of());
  }

  @Override
  public DomainEvent primingEvent(String streamId) {
    return new MileageCounted(UUID.fromString("00000000-0000-7000-8000-000000000000"), UserId.of("snapstart-priming"),
        new TaxYear(2026), 1, 1, 0);
  }
}
