package app.jobmate.events.resources;

import app.jobmate.events.EventContext;
import app.jobmate.events.EventType;
import java.util.List;

/**
 * The resources context in the published language: equipment and vehicles, one stream per resource,
 * and members of staff as resources, one stream per member (docs/decisions/resources.md).
 */
public final class ResourceEvents {

  /** The stream type of a piece of equipment or a vehicle: {@code <tenantId>#resource#<id>}. */
  public static final String STREAM = "resource";
  /** The stream type of a member of staff as a resource: {@code <tenantId>#staff#<userId>}. */
  public static final String STAFF_STREAM = "staff";

  public static final EventContext CONTEXT = new EventContext("resources", List.of(
      type("ResourceAdded", ResourceEvent.ResourceAdded.class),
      type("ResourceChanged", ResourceEvent.ResourceChanged.class),
      type("ResourceRetired", ResourceEvent.ResourceRetired.class),
      type("ResourceRestored", ResourceEvent.ResourceRestored.class),
      staff("StaffProfileSet", StaffProfileEvent.StaffProfileSet.class),
      staff("StaffHourlyCostSet", StaffProfileEvent.StaffHourlyCostSet.class),
      staff("AbsenceRecorded", StaffProfileEvent.AbsenceRecorded.class),
      staff("AbsenceCancelled", StaffProfileEvent.AbsenceCancelled.class)));

  private ResourceEvents() {
  }

  private static <E extends ResourceEvent> EventType<E> type(String name, Class<E> type) {
    return new EventType<>(name, 1, "resources", STREAM, type);
  }

  private static <E extends StaffProfileEvent> EventType<E> staff(String name, Class<E> type) {
    return new EventType<>(name, 1, "resources", STAFF_STREAM, type);
  }
}
