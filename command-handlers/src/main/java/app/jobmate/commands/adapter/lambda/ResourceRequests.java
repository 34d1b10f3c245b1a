package app.jobmate.commands.adapter.lambda;

import app.jobmate.events.resources.Registration;
import app.jobmate.events.resources.ResourceDetails;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.resources.ResourceKind;
import app.jobmate.lambda.http.Fields;
import app.jobmate.lambda.http.Reader;
import java.time.LocalDate;

/**
 * The JSON of resource commands, read strictly: unknown fields, wrong types and values the value types
 * refuse are all reported at once, each under its field's name.
 */
final class ResourceRequests {

  private static final String[] DETAIL_FIELDS = {"name", "registration", "motDue", "serviceDue", "notes", "busy"};
  private static final Reader<LocalDate> DUE = Reader.date(ResourceDetails.EARLIEST_DATE, ResourceDetails.LATEST_DATE);

  private ResourceRequests() {
  }

  static String[] addFields() {
    return CommandRequests.names(DETAIL_FIELDS, "resourceId", "kind", CommandRequests.EXPECTED_VERSION);
  }

  static String[] detailFields() {
    return CommandRequests.names(DETAIL_FIELDS, CommandRequests.EXPECTED_VERSION);
  }

  static ResourceId resourceId(Fields f) {
    return f.required("resourceId", Reader.id(ResourceId::of));
  }

  static ResourceKind kind(Fields f) {
    return f.required("kind", Reader.text(20, ResourceKind::fromWireName));
  }

  /**
   * The details, whole. {@code busy} is required (whether the diary books it exclusively is a choice,
   * never a default); the registration is normalised (upper case, no spaces).
   */
  static ResourceDetails details(Fields f) {
    String name = f.required("name", Reader.text(ResourceDetails.MAX_NAME));
    Registration registration = f.optional("registration", Reader.text(Registration.MAX_INPUT, Registration::of));
    LocalDate motDue = f.optional("motDue", DUE);
    LocalDate serviceDue = f.optional("serviceDue", DUE);
    String notes = f.optional("notes", Reader.text(ResourceDetails.MAX_NOTES));
    Boolean busy = f.required("busy", Reader.bool());
    if (!f.isValid()) {
      return null;
    }
    return new ResourceDetails(name, registration, motDue, serviceDue, notes, busy);
  }
}
