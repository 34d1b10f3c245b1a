package app.jobmate.events;

import app.jobmate.events.tasks.TaskEvents;
import app.jobmate.events.quotes.QuoteEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.quotes.QuoteEvent;
import app.jobmate.events.tasks.TaskEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventTypesTest {

  /**
   * The published names and versions. Consumers subscribe by name and read by version: a failure
   * here means a rename (never allowed: register a new type instead) or a version change (needs an
   * upcaster and a new schema); if that is what you meant, update this list in the same change.
   */
  private static final Map<String, Integer> PUBLISHED = Map.ofEntries(
      Map.entry("QuoteDrafted", 1),
      Map.entry("QuoteDetailsChanged", 1),
      Map.entry("QuoteLineAdded", 1),
      Map.entry("QuoteLineChanged", 1),
      Map.entry("QuoteLineRemoved", 1),
      Map.entry("QuoteIssued", 1),
      Map.entry("QuoteViewed", 1),
      Map.entry("QuoteAccepted", 1),
      Map.entry("QuoteDeclined", 2),
      Map.entry("QuoteExpired", 1),
      Map.entry("QuoteWithdrawn", 1),
      Map.entry("QuoteRevised", 1),
      Map.entry("QuoteConvertedToJob", 1),
      Map.entry("TaskCreated", 1),
      Map.entry("TaskAssigned", 1),
      Map.entry("TaskReassigned", 1),
      Map.entry("TaskUnassigned", 1),
      Map.entry("TaskChanged", 1),
      Map.entry("TaskChecklistItemAdded", 1),
      Map.entry("TaskChecklistItemTicked", 1),
      Map.entry("TaskChecklistItemUnticked", 1),
      Map.entry("TaskChecklistItemRemoved", 1),
      Map.entry("TaskStarted", 1),
      Map.entry("TaskCompleted", 1),
      Map.entry("TaskCancelled", 1),
      Map.entry("JobCreated", 1),
      Map.entry("JobCreatedFromQuote", 1),
      Map.entry("JobScheduled", 1),
      Map.entry("JobStarted", 1),
      Map.entry("JobCompleted", 1),
      Map.entry("JobReopened", 1),
      Map.entry("JobCancelled", 1),
      Map.entry("JobNoteAdded", 1),
      Map.entry("JobDetailsChanged", 1),
      Map.entry("JobValueAgreed", 1),
      Map.entry("CustomerCreated", 1),
      Map.entry("CustomerChanged", 1),
      Map.entry("CustomerSiteAdded", 1),
      Map.entry("CustomerSiteChanged", 1),
      Map.entry("CustomerSiteRemoved", 1),
      Map.entry("CustomerArchived", 1),
      Map.entry("CustomerRestored", 1),
      Map.entry("CustomerMerged", 1),
      Map.entry("DuplicateMerged", 1),
      Map.entry("CustomerErased", 1),
      Map.entry("TeamFounded", 1),
      Map.entry("MemberInvited", 1),
      Map.entry("MemberRoleChanged", 1),
      Map.entry("MemberRemoved", 1),
      Map.entry("ApiClientAdded", 1),
      Map.entry("ApiClientRevoked", 1),
      Map.entry("TextMessagesSet", 1),
      Map.entry("TextMessagesCleared", 1),
      Map.entry("BusinessDetailsChanged", 1),
      Map.entry("VatRegistrationChanged", 1),
      Map.entry("VatStaggerChanged", 1),
      Map.entry("QuotingDefaultsChanged", 1),
      Map.entry("QuoteNumberingChanged", 1),
      Map.entry("HourlyCostsChanged", 1),
      // expenses
      Map.entry("ExpenseLogged", 1),
      Map.entry("ExpenseChanged", 1),
      Map.entry("ExpenseSubmitted", 1),
      Map.entry("ExpenseApproved", 1),
      Map.entry("ExpenseRefused", 1),
      Map.entry("ExpenseReimbursed", 1),
      Map.entry("MileageCounted", 1),
      Map.entry("MileageReleased", 1),
      Map.entry("ExpenseReceiptAttached", 1),
      // diary
      Map.entry("AppointmentBooked", 1),
      Map.entry("AppointmentCancelled", 1),
      Map.entry("AppointmentMoved", 1),
      Map.entry("TimeReserved", 1),
      Map.entry("TimeReleased", 1),
      // diary: recurring series
      Map.entry("SeriesScheduled", 1),
      Map.entry("SeriesOccurrencesBooked", 1),
      Map.entry("SeriesEnded", 1),
      // resources
      Map.entry("ResourceAdded", 1),
      Map.entry("ResourceChanged", 1),
      Map.entry("ResourceRetired", 1),
      Map.entry("ResourceRestored", 1),
      Map.entry("StaffProfileSet", 1),
      Map.entry("StaffHourlyCostSet", 1),
      // resources: absence (availability)
      Map.entry("AbsenceRecorded", 1),
      Map.entry("AbsenceCancelled", 1));

  @Test
  void the_published_names_and_versions_do_not_change_by_accident() {
    Map<String, Integer> registered = EventTypes.all().stream()
        .collect(Collectors.toMap(EventType::name, EventType::schemaVersion));

    assertThat(registered).isEqualTo(PUBLISHED);
  }

  @Test
  void wire_names_are_unique() {
    List<String> names = EventTypes.all().stream().map(EventType::name).toList();

    assertThat(names).doesNotHaveDuplicates();
  }

  @Test
  void each_record_is_registered_once() {
    List<Class<?>> records = EventTypes.all().stream().<Class<?>>map(EventType::recordType).toList();

    assertThat(records).doesNotHaveDuplicates();
  }

  @Test
  void every_event_of_a_context_is_registered_by_it_under_its_source_and_in_its_own_package() {
    assertThat(EventTypes.contexts()).isNotEmpty().allSatisfy(context -> {
      assertThat(context.source()).isEqualTo("jobmate." + context.name());
      assertThat(context.types()).isNotEmpty().allSatisfy(type -> {
        assertThat(type.context()).isEqualTo(context.name());
        assertThat(type.source()).isEqualTo(context.source());
        assertThat(type.recordType().getPackageName()).isEqualTo("app.jobmate.events." + context.name().replace("-", ""));
      });
    });
  }

  @Test
  void every_record_of_a_contexts_sealed_events_is_registered_and_nothing_else_is() {
    List<Class<?>> sealedEvents = EventTypes.all().stream()
        .<Class<?>>map(type -> sealedParentOf(type.recordType())).distinct().toList();
    List<Class<?>> permitted = sealedEvents.stream()
        .<Class<?>>flatMap(parent -> Arrays.stream(parent.getPermittedSubclasses())).toList();
    List<Class<?>> registered = EventTypes.all().stream().<Class<?>>map(EventType::recordType).toList();

    assertThat(registered).containsExactlyInAnyOrderElementsOf(permitted);
    assertThat(EventTypes.contexts()).allSatisfy(context -> assertThat(context.streamTypes()).isNotEmpty());
  }

  private static Class<?> sealedParentOf(Class<?> record) {
    return Arrays.stream(record.getInterfaces()).filter(Class::isSealed).findFirst()
        .orElseThrow(() -> new AssertionError(record + " implements no sealed event interface of its context"));
  }

  @Test
  void every_registered_type_has_an_example() {
    assertThat(EventExamples.all().stream().<EventType<?>>map(e -> EventTypes.of(e.getClass())).toList())
        .containsExactlyInAnyOrderElementsOf(EventTypes.all());
  }

  @Test
  void a_type_is_found_by_its_wire_name_only() {
    assertThat(EventTypes.byName("QuoteIssued").<Class<?>>map(EventType::recordType))
        .contains(QuoteEvent.QuoteIssued.class);
    assertThat(EventTypes.byName("quoteIssued")).isEmpty();
    assertThat(EventTypes.byName("QuoteIssuedV1")).isEmpty();
    assertThat(EventTypes.byName("TaskReassigned").<Class<?>>map(EventType::recordType))
        .contains(TaskEvent.TaskReassigned.class);
  }

  @Test
  void the_schema_of_a_type_is_named_by_context_name_and_version() {
    EventType<?> declined = EventTypes.byName("QuoteDeclined").orElseThrow();

    assertThat(declined.schemaResource(1)).isEqualTo("schemas/quotes/QuoteDeclined.v1.json");
    assertThat(declined.schemaResource(declined.schemaVersion())).isEqualTo("schemas/quotes/QuoteDeclined.v2.json");
  }

  @Test
  void a_type_name_is_pascal_case_and_versions_start_at_1() {
    assertThatThrownBy(() -> new EventType<>("quote_issued", 1, "quotes", "quote", QuoteEvent.QuoteIssued.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EventType<>("QuoteIssued", 0, "quotes", "quote", QuoteEvent.QuoteIssued.class))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
