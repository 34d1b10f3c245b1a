package app.jobmate.projections.audit;

import app.jobmate.events.Actor;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventType;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
import app.jobmate.projections.core.Projection;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The audit trail: one {@link AuditEntry} per event of every stream of every context
 * ({@link Projection#perEvent()}), made from the envelope alone. It reads the names of the event's
 * fields as stored and whether each holds a sealed value; it never reads a value, never opens a
 * sealed one, and ignores the decoded event (which a rebuild may have opened for another read side).
 */
public final class AuditProjection implements Projection<AuditEntry, DomainEvent> {

  public static final String NAME = "audit";
  /** What {@link #streamType()} says: every stream type, listed by {@link #streamTypes()}. */
  public static final String EVERY_STREAM = "*";

  private static final Set<String> STREAM_TYPES = EventTypes.all().stream().map(EventType::streamType)
      .collect(Collectors.toCollection(TreeSet::new));
  private static final Set<String> EVENT_TYPES = EventTypes.all().stream().map(EventType::name)
      .collect(Collectors.toUnmodifiableSet());
  private static final Map<String, String> CONTEXTS = EventTypes.all().stream()
      .collect(Collectors.toUnmodifiableMap(EventType::name, EventType::context, (a, b) -> a));
  /** The fields of a sealed value ({@code values.Sealed}) as stored. */
  private static final Set<String> SEALED_SHAPE = Set.of("keyId", "nonce", "ciphertext");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<AuditEntry> documentType() {
    return AuditEntry.class;
  }

  @Override
  public Class<DomainEvent> eventClass() {
    return DomainEvent.class;
  }

  @Override
  public String streamType() {
    return EVERY_STREAM;
  }

  @Override
  public Set<String> streamTypes() {
    return STREAM_TYPES;
  }

  @Override
  public Set<String> eventTypes() {
    return EVENT_TYPES;
  }

  @Override
  public boolean perEvent() {
    return true;
  }

  @Override
  public AuditEntry evolve(AuditEntry document, EventEnvelope envelope, DomainEvent event) {
    List<String> fields = new ArrayList<>();
    List<String> sealed = new ArrayList<>();
    envelope.data().properties().forEach(field -> {
      fields.add(field.getKey());
      if (holdsSealed(field.getValue())) {
        sealed.add(field.getKey());
      }
    });
    fields.sort(Comparator.naturalOrder());
    sealed.sort(Comparator.naturalOrder());
    Actor actor = envelope.actor();
    String actorId = actor == null ? "system:unknown" : actor.userId().value();
    return new AuditEntry(envelope.occurredAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), envelope.eventId(),
        envelope.eventType(), envelope.schemaVersion(),
        CONTEXTS.getOrDefault(envelope.eventType(), "unknown"), envelope.streamType(), envelope.streamId(),
        envelope.version(), envelope.commandId(), actorId, kindOf(actorId),
        actor == null ? List.of() : actor.roles().stream().map(Role::wireName).sorted().toList(), fields, sealed);
  }

  /** Who an actor id is: a member of the team, an API client, or Jobmate itself. */
  static String kindOf(String actorId) {
    if (actorId.startsWith("system:")) {
      return "system";
    }
    if (actorId.startsWith("api-client:")) {
      return "api-client";
    }
    return "member";
  }

  /** Whether {@code value} is, or holds anywhere inside it, a sealed value. */
  private static boolean holdsSealed(JsonNode value) {
    if (value.isObject()) {
      Set<String> names = new TreeSet<>();
      value.fieldNames().forEachRemaining(names::add);
      if (names.equals(SEALED_SHAPE)) {
        return true;
      }
      for (JsonNode child : value) {
        if (holdsSealed(child)) {
          return true;
        }
      }
      return false;
    }
    if (value.isArray()) {
      for (JsonNode child : value) {
        if (holdsSealed(child)) {
          return true;
        }
      }
    }
    return false;
  }
}
