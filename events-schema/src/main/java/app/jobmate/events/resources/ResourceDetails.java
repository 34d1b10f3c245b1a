package app.jobmate.events.resources;

import app.jobmate.events.values.Require;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * What is kept about a piece of equipment or a vehicle, whole. Registration, MOT and service dates are
 * a vehicle's only; {@code busy}: whether it can be in one place at a time (a van, a ladder tower), so
 * that the diary books it exclusively; a box of dust sheets is not busy.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceDetails(String name, Registration registration, LocalDate motDue, LocalDate serviceDue,
                              String notes, boolean busy) {

  public static final int MAX_NAME = 200;
  public static final int MAX_NOTES = 2_000;
  public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
  public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

  public ResourceDetails {
    name = Require.text(name, MAX_NAME, "name");
    notes = Require.optionalText(notes, MAX_NOTES, "notes");
    requireDate(motDue, "motDue");
    requireDate(serviceDue, "serviceDue");
  }

  /** Whether these details may describe a resource of {@code kind}: the vehicle fields only on a vehicle. */
  public String problemFor(ResourceKind kind) {
    if (kind == ResourceKind.EQUIPMENT) {
      if (registration != null) {
        return "registration";
      }
      if (motDue != null) {
        return "motDue";
      }
      if (serviceDue != null) {
        return "serviceDue";
      }
    }
    return null;
  }

  static void requireFor(ResourceKind kind, ResourceDetails details) {
    Require.present(kind, "kind");
    Require.present(details, "details");
    String field = details.problemFor(kind);
    if (field != null) {
      throw new IllegalArgumentException(field + " is only for a vehicle");
    }
  }

  private static void requireDate(LocalDate date, String name) {
    if (date != null && (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE))) {
      throw new IllegalArgumentException(name + " must be from " + EARLIEST_DATE + " to " + LATEST_DATE);
    }
  }
}
