package app.jobmate.events.diary;

import app.jobmate.events.resources.Registration;
import app.jobmate.events.resources.ResourceDetails;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.resources.ResourceKind;
import app.jobmate.events.values.Require;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A piece of equipment or a vehicle an appointment books, as the resources context described it when it
 * was booked (docs/decisions/diary-equipment.md): its id, kind, name, registration (a vehicle's, if it has
 * one) and whether it was busy. A busy one had its time reserved on its own schedule, so the booking alone
 * says which schedules a move or a cancellation releases, whatever the resource's flag says later.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BookedResource(ResourceId resourceId, ResourceKind kind, String name, Registration registration,
                             boolean busy) {

  public BookedResource {
    Require.present(resourceId, "resourceId");
    Require.present(kind, "kind");
    name = Require.text(name, ResourceDetails.MAX_NAME, "name");
    if (registration != null && kind != ResourceKind.VEHICLE) {
      throw new IllegalArgumentException("registration is only for a vehicle");
    }
  }

  /** Its id as text: for readers of the diary that know no type of the resources context. */
  @JsonIgnore
  public String idText() {
    return resourceId.toString();
  }

  /** Its kind's wire name ({@code vehicle}, {@code equipment}). */
  @JsonIgnore
  public String kindText() {
    return kind.wireName();
  }

  /** Its registration as text, upper case without spaces; {@code null} when none. */
  @JsonIgnore
  public String registrationText() {
    return registration == null ? null : registration.value();
  }
}
