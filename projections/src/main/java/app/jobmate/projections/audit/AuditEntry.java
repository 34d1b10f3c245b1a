package app.jobmate.projections.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * One change to one record of a tenant, as the audit trail keeps it: one document per event, never
 * changed once written. Who ({@code actor}, the user id the envelope names: a member's Cognito sub,
 * {@code system:<process>} for Jobmate itself; {@code actorRoles} their roles at the time), when
 * ({@code at}, the event's time), what ({@code eventType} at {@code schemaVersion}; {@code fields},
 * the names of the event's fields as stored; {@code sealedFields}, those of them that hold personal
 * data sealed under a customer's key), from which command ({@code commandId}) and which record
 * ({@code record}, the stream type; {@code recordId}; {@code recordVersion}, the event's place in
 * it). No value of the event's data is ever copied: see docs/decisions/audit-trail.md.
 */
public record AuditEntry(Instant at, String eventId, String eventType, int schemaVersion, String context,
                         String record, String recordId, long recordVersion, String commandId, String actor,
                         String actorKind, List<String> actorRoles, List<String> fields, List<String> sealedFields) {

  public AuditEntry {
    if (at == null || eventId == null || eventType == null || context == null || record == null || recordId == null
        || actor == null || actorKind == null) {
      throw new IllegalArgumentException("at, eventId, eventType, context, record, recordId, actor and actorKind are"
          + " required");
    }
    actorRoles = actorRoles == null ? List.of() : List.copyOf(actorRoles);
    fields = fields == null ? List.of() : List.copyOf(fields);
    sealedFields = sealedFields == null ? List.of() : List.copyOf(sealedFields);
  }

  /** Whether the change touched personal data sealed under a customer's key (shown, never opened). */
  @JsonProperty("sealedPersonalDataChanged")
  public boolean sealedPersonalDataChanged() {
    return !sealedFields.isEmpty();
  }
}
