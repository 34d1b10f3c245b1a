package app.jobmate.events;

import app.jobmate.events.resources.Registration;
import app.jobmate.events.resources.ResourceDetails;
import app.jobmate.events.resources.ResourceEvent;
import app.jobmate.events.resources.ResourceEvent.ResourceAdded;
import app.jobmate.events.resources.ResourceEvent.ResourceChanged;
import app.jobmate.events.resources.ResourceEvent.ResourceRestored;
import app.jobmate.events.resources.ResourceEvent.ResourceRetired;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.resources.ResourceKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One realistic example of every resource event: Acme's van. {@link #minimalLike} switches over the
 * sealed {@link ResourceEvent} without a default, so a new event does not compile until it has its
 * examples here.
 */
public final class ResourceEventExamples {

  public static final ResourceId VAN = ResourceId.of("0193c1a0-5555-7abc-8def-0123456789ab");
  public static final ResourceId LADDER_TOWER = ResourceId.of("0193c1a0-6666-7abc-8def-0123456789ab");
  static final ResourceDetails VAN_DETAILS = new ResourceDetails("Transit van", Registration.of("AB12 CDE"),
      LocalDate.of(2027, 3, 14), LocalDate.of(2027, 1, 31), "Roof rack; key in the office safe", true);

  private ResourceEventExamples() {
  }

  public static List<ResourceEvent> all() {
    return Arrays.stream(ResourceEvent.class.getPermittedSubclasses())
        .<ResourceEvent>map(type -> examples().filter(type::isInstance).findFirst()
            .orElseThrow(() -> new AssertionError("no example of " + type.getSimpleName())))
        .toList();
  }

  /** The example with only its required fields: equipment without notes, not busy. */
  public static ResourceEvent minimalLike(ResourceEvent example) {
    ResourceDetails bare = new ResourceDetails("Dust sheets", null, null, null, null, false);
    return switch (example) {
      case ResourceAdded e -> new ResourceAdded(LADDER_TOWER, ResourceKind.EQUIPMENT, bare);
      case ResourceChanged e -> new ResourceChanged(LADDER_TOWER, ResourceKind.EQUIPMENT, bare);
      case ResourceRetired e -> new ResourceRetired(LADDER_TOWER);
      case ResourceRestored e -> new ResourceRestored(LADDER_TOWER);
    };
  }

  public static List<ResourceEvent> fullAndMinimal() {
    List<ResourceEvent> events = new ArrayList<>(all());
    all().stream().map(ResourceEventExamples::minimalLike).forEach(events::add);
    return events;
  }

  private static Stream<ResourceEvent> examples() {
    return Stream.of(
        new ResourceAdded(VAN, ResourceKind.VEHICLE, VAN_DETAILS),
        new ResourceChanged(VAN, ResourceKind.VEHICLE, new ResourceDetails("Transit van (long wheelbase)",
            Registration.of("AB12CDE"), LocalDate.of(2027, 3, 14), LocalDate.of(2027, 7, 31), null, true)),
        new ResourceRetired(VAN),
        new ResourceRestored(VAN));
  }
}
