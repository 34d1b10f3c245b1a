package app.jobmate.projections.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.resources.Registration;
import app.jobmate.events.resources.ResourceDetails;
import app.jobmate.events.resources.ResourceEvent;
import app.jobmate.events.resources.ResourceEvent.ResourceAdded;
import app.jobmate.events.resources.ResourceEvent.ResourceChanged;
import app.jobmate.events.resources.ResourceEvent.ResourceRestored;
import app.jobmate.events.resources.ResourceEvent.ResourceRetired;
import app.jobmate.events.resources.ResourceKind;
import app.jobmate.projections.testing.ResourceStream;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResourceProjectionTest {

  private static final Instant START = Instant.parse("2026-12-01T09:00:00.123456Z");
  private final ResourceProjection projection = new ResourceProjection();
  private final ResourceStream van = new ResourceStream("t-acme", ResourceStream.id(1), START);
  private static final ResourceDetails TRANSIT = new ResourceDetails("Transit van", Registration.of("AB12 CDE"),
      LocalDate.of(2027, 3, 14), null, "Key in the safe", true);

  private Resource apply(Resource resource, ResourceEvent event) {
    EventEnvelope envelope = van.append(event);
    return projection.evolve(resource, envelope, (ResourceEvent) EventCodec.standard().decode(envelope));
  }

  @Test
  void an_added_van_is_in_use_with_its_details_and_the_time_to_the_millisecond() {
    Resource added = apply(null, new ResourceAdded(van.resourceId(), ResourceKind.VEHICLE, TRANSIT));

    assertThat(added).isEqualTo(new Resource(ResourceKind.VEHICLE, "Transit van", "AB12CDE", LocalDate.of(2027, 3, 14),
        null, "Key in the safe", true, false, Instant.parse("2026-12-01T09:00:00.123Z"),
        Instant.parse("2026-12-01T09:00:00.123Z")));
  }

  @Test
  void a_change_replaces_the_details_whole_and_retiring_and_restoring_keep_them() {
    Resource added = apply(null, new ResourceAdded(van.resourceId(), ResourceKind.VEHICLE, TRANSIT));
    Resource changed = apply(added, new ResourceChanged(van.resourceId(), ResourceKind.VEHICLE,
        new ResourceDetails("Transit", null, null, LocalDate.of(2027, 9, 1), null, false)));
    Resource retired = apply(changed, new ResourceRetired(van.resourceId()));
    Resource restored = apply(retired, new ResourceRestored(van.resourceId()));

    assertThat(changed.registration()).isNull();
    assertThat(changed.notes()).isNull();
    assertThat(changed.serviceDue()).isEqualTo(LocalDate.of(2027, 9, 1));
    assertThat(changed.busy()).isFalse();
    assertThat(changed.addedAt()).isEqualTo(added.addedAt());
    assertThat(retired.retired()).isTrue();
    assertThat(retired.name()).isEqualTo("Transit");
    assertThat(restored.retired()).isFalse();
    assertThat(restored.updatedAt()).isAfter(retired.updatedAt());
  }

  @Test
  void a_resource_starts_with_its_addition() {
    assertThatThrownBy(() -> apply(null, new ResourceRetired(van.resourceId())))
        .isInstanceOf(IllegalStateException.class);
  }
}
