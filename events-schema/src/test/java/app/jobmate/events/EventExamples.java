package app.jobmate.events;

import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples of every context together ({@link QuoteEventExamples}, {@link TaskEventExamples}),
 * for the tests that hold for every event type, and the envelope the outbox would publish each in.
 */
public final class EventExamples {

  public static final TenantId TENANT = TenantId.of("acme-plumbing");
  public static final Actor OWNER = new Actor(UserId.of("a1b2c3d4-e5f6-4711-8899-aabbccddeeff"),
      List.of(Role.OWNER, Role.ADMIN));

  private EventExamples() {
  }

  /** An example of every registered event, context by context. */
  public static List<DomainEvent> all() {
    List<DomainEvent> events = new ArrayList<>(QuoteEventExamples.all());
    events.addAll(TaskEventExamples.all());
    events.addAll(JobEventExamples.all());
    events.addAll(CustomerEventExamples.all());
    events.addAll(TeamEventExamples.all());
    events.addAll(ExpenseEventExamples.all());
    events.addAll(MileageEventExamples.all());
    events.addAll(DiaryEventExamples.all());
    events.addAll(ResourceEventExamples.all());
    events.addAll(StaffProfileEventExamples.all());
    return events;
  }

  /** Every example, full and minimal. */
  public static List<DomainEvent> fullAndMinimal() {
    List<DomainEvent> events = new ArrayList<>(QuoteEventExamples.fullAndMinimal());
    events.addAll(TaskEventExamples.fullAndMinimal());
    events.addAll(JobEventExamples.fullAndMinimal());
    events.addAll(CustomerEventExamples.fullAndMinimal());
    events.addAll(TeamEventExamples.fullAndMinimal());
    events.addAll(ExpenseEventExamples.fullAndMinimal());
    events.addAll(MileageEventExamples.fullAndMinimal());
    events.addAll(DiaryEventExamples.fullAndMinimal());
    events.addAll(ResourceEventExamples.fullAndMinimal());
    events.addAll(StaffProfileEventExamples.fullAndMinimal());
    return events;
  }

  /** The example of the record class {@code type}. */
  @SuppressWarnings("unchecked")
  public static <E extends DomainEvent> E exampleOf(Class<?> type) {
    return (E) all().stream().filter(type::isInstance).findFirst()
        .orElseThrow(() -> new AssertionError("no example of " + type.getSimpleName()));
  }

  /** The envelope the outbox publishes for {@code event} as the 4th event of its stream. */
  public static EventEnvelope envelope(DomainEvent event) {
    return envelope(event, EventCodec.standard().encode(event));
  }

  /**
   * The envelope of {@code event} with {@code data} as its payload. The stream id is the record's
   * id, named by convention after its stream type ({@code quoteId}, {@code taskId}), or the tenant's for a stream per tenant.
   */
  public static EventEnvelope envelope(DomainEvent event, JsonNode data) {
    EventType<?> type = EventTypes.of(event.getClass());
    // a stream per tenant (the team, the business's settings) is named by the tenant id
    String streamId = EventCodec.standard().encode(event).path(type.streamType() + "Id").asText(TENANT.value());
    return new EventEnvelope("0193a5c1-9d2e-7f10-8a4b-5c6d7e8f9a0b", type.name(), type.schemaVersion(),
        TENANT, type.streamType(), streamId, 4, Instant.parse("2026-11-26T10:15:30Z"),
        "0193a5c1-9d2e-7f10-8a4b-000000000c01", "0193a5c1-9d2e-7f10-8a4b-000000000c01",
        "0193a5c1-9d2e-7f10-8a4b-000000000c01", OWNER, data);
  }
}
