package app.jobmate.projections.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.Actor;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.EventType;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
import app.jobmate.events.customers.ConsentMethod;
import app.jobmate.events.customers.ContactPerson;
import app.jobmate.events.customers.CustomerEvent.CustomerArchived;
import app.jobmate.events.customers.CustomerEvent.CustomerChanged;
import app.jobmate.events.customers.CustomerEvent.CustomerCreated;
import app.jobmate.events.customers.CustomerEvent.CustomerErased;
import app.jobmate.events.customers.CustomerEvent.CustomerMerged;
import app.jobmate.events.customers.CustomerEvent.CustomerRestored;
import app.jobmate.events.customers.CustomerEvent.CustomerSiteAdded;
import app.jobmate.events.customers.CustomerEvent.CustomerSiteChanged;
import app.jobmate.events.customers.CustomerEvent.CustomerSiteRemoved;
import app.jobmate.events.customers.CustomerKind;
import app.jobmate.events.customers.MarketingConsent;
import app.jobmate.events.customers.PostalAddress;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.EmailAddress;
import app.jobmate.events.values.PhoneNumber;
import app.jobmate.events.values.Postcode;
import app.jobmate.events.values.Sealed;
import app.jobmate.events.values.SiteId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.lambda.adapter.memory.InMemoryPersonalDataKeys;
import app.jobmate.lambda.personaldata.DataKey;
import app.jobmate.lambda.personaldata.PersonalDataSeal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given customer events as the store holds them (sealed), opened as the projector opens them, then the document. */
class CustomerProjectionTest {

  private static final CustomerProjection CUSTOMERS = new CustomerProjection();
  private static final TenantId TENANT = TenantId.of("t-acme");
  private static final CustomerId ID = CustomerId.of("0193a5a0-1111-7abc-8def-0123456789ab");
  private static final CustomerId SURVIVOR = CustomerId.of("0193a5a0-1112-7abc-8def-0123456789ab");
  private static final SiteId HOME = SiteId.of("0193a5a0-2222-7abc-8def-0123456789ab");
  private static final SiteId SHOP = SiteId.of("0193a5a0-2223-7abc-8def-0123456789ab");
  private static final Actor OWNER = new Actor(UserId.of("u-owner"), List.of(Role.OWNER));
  private static final Instant START = Instant.parse("2026-11-20T08:15:00.123456Z");
  private static final PostalAddress ELM_ROAD = new PostalAddress(List.of("14 Elm Road"), "Leeds", Postcode.of("LS6 2AB"));
  private static final PostalAddress MILL_LANE = new PostalAddress(List.of("Unit 3", "Mill Lane"), "Leeds",
      Postcode.of("LS1 1AA"));

  private final InMemoryPersonalDataKeys keys = new InMemoryPersonalDataKeys();
  private final DataKey key = keys.keyFor(TENANT, ID);
  private final CustomerOpener opener = new CustomerOpener(keys);
  private final List<EventEnvelope> stream = new ArrayList<>();

  private void append(DomainEvent event) {
    EventType<?> type = EventTypes.of(event.getClass());
    int version = stream.size() + 1;
    stream.add(new EventEnvelope("0193a5c1-9d2e-7f10-8a4b-" + String.format("%012d", version), type.name(),
        type.schemaVersion(), TENANT, "customer", ID.toString(), version, START.plusSeconds(60L * version),
        "cmd-" + version, "corr", null, OWNER, EventCodec.standard().encode(event)));
  }

  private Sealed seal(Object value) {
    try {
      return value == null ? null : PersonalDataSeal.seal(key, TENANT, ID, EventJson.mapper().writeValueAsBytes(value));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The document after the stream, each event opened as the projector opens it. */
  private Customer now() {
    Customer document = null;
    for (EventEnvelope envelope : stream) {
      DomainEvent decoded = EventCodec.standard().decode(envelope);
      document = CUSTOMERS.evolve(document, envelope, (OpenedCustomerEvent) opener.open(envelope, decoded));
    }
    return document;
  }

  private void created() {
    append(new CustomerCreated(ID, CustomerKind.PERSON, seal("Zoë Ellis"), null,
        seal(List.of(new ContactPerson("Tom Ellis", "husband", EmailAddress.of("tom@example.com"),
            PhoneNumber.of("07700 900456")))),
        seal(List.of(EmailAddress.of("Zoe.Ellis@Example.co.uk"))), seal(List.of(PhoneNumber.of("07700 900123"))),
        seal(ELM_ROAD), seal("Prefers mornings"),
        new MarketingConsent(Instant.parse("2026-11-19T10:00:00Z"), ConsentMethod.PHONE)));
  }

  @Test
  void the_customer_documents_take_every_customer_event() {
    assertThat(CUSTOMERS.eventTypes()).isEqualTo(EventTypes.namesOf("customer")).hasSize(10);
    assertThat(CUSTOMERS.streamType()).isEqualTo("customer");
  }

  @Test
  void a_created_customer_shows_its_opened_details_and_is_active() {
    created();

    Customer customer = now();

    assertThat(customer.name()).isEqualTo("Zoë Ellis");
    assertThat(customer.status()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(customer.phones()).containsExactly(PhoneNumber.of("+447700900123"));
    assertThat(customer.billingAddress()).isEqualTo(ELM_ROAD);
    assertThat(customer.notes()).isEqualTo("Prefers mornings");
    assertThat(customer.marketingConsentMethod()).isEqualTo(ConsentMethod.PHONE);
    assertThat(customer.createdAt()).isEqualTo(Instant.parse("2026-11-20T08:16:00.123Z"));
  }

  @Test
  void its_search_keys_are_folded_and_normalised() {
    created();
    append(new CustomerSiteAdded(ID, HOME, seal(MILL_LANE), null));

    Customer customer = now();

    assertThat(customer.nameKeys()).containsExactly("zoe ellis", "ellis", "tom ellis");
    assertThat(customer.emailKeys()).containsExactly("zoe.ellis@example.co.uk", "tom@example.com");
    assertThat(customer.phoneKeys()).containsExactly("447700900123", "07700900123", "447700900456", "07700900456");
    assertThat(customer.postcodeKeys()).containsExactly("ls62ab", "ls11aa");
  }

  @Test
  void sites_are_added_changed_and_removed_in_the_order_they_were_added() {
    created();
    append(new CustomerSiteAdded(ID, HOME, seal(ELM_ROAD), seal("Key safe 4321")));
    append(new CustomerSiteAdded(ID, SHOP, seal(MILL_LANE), null));
    append(new CustomerSiteChanged(ID, SHOP, seal(MILL_LANE), seal("Ring the bell")));
    append(new CustomerSiteRemoved(ID, HOME));

    assertThat(now().sites()).containsExactly(new Customer.Site(SHOP.toString(), MILL_LANE, "Ring the bell"));
  }

  @Test
  void a_change_replaces_the_details_whole_and_archiving_and_restoring_move_the_status() {
    created();
    append(new CustomerArchived(ID, START));
    assertThat(now().status()).isEqualTo(CustomerStatus.ARCHIVED);
    append(new CustomerRestored(ID, START));
    append(new CustomerChanged(ID, CustomerKind.COMPANY, seal("Ellis Lettings Ltd"), null, null, null, null, null, null,
        null));

    Customer customer = now();
    assertThat(customer.status()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(customer.kind()).isEqualTo(CustomerKind.COMPANY);
    assertThat(customer.name()).isEqualTo("Ellis Lettings Ltd");
    assertThat(customer.phones()).isEmpty();
    assertThat(customer.marketingConsentGivenAt()).isNull();
    assertThat(customer.nameKeys()).containsExactly("ellis lettings ltd", "lettings ltd", "ltd");
  }

  @Test
  void a_merged_customer_points_at_its_survivor() {
    created();
    append(new CustomerMerged(ID, SURVIVOR, START));

    assertThat(now().status()).isEqualTo(CustomerStatus.MERGED);
    assertThat(now().mergedInto()).isEqualTo(SURVIVOR.toString());
  }

  @Test
  void an_erased_customer_is_blank_and_a_rebuild_after_its_key_is_gone_builds_the_same_blank_document() {
    created();
    append(new CustomerSiteAdded(ID, HOME, seal(ELM_ROAD), seal("Key safe 4321")));
    Customer before = now();
    keys.destroy(TENANT, ID);
    append(new CustomerErased(ID, UserId.of("u-owner"), START));
    // incrementally: the document as it was, then the erasure
    EventEnvelope erasure = stream.getLast();
    Customer incremental = CUSTOMERS.evolve(before, erasure,
        (OpenedCustomerEvent) opener.open(erasure, EventCodec.standard().decode(erasure)));

    Customer rebuilt = now();

    assertThat(incremental.name()).isEqualTo(Customer.ERASED_NAME);
    assertThat(incremental.status()).isEqualTo(CustomerStatus.ERASED);
    assertThat(incremental.sites()).isEmpty();
    assertThat(incremental.nameKeys()).isEmpty();
    assertThat(incremental.toString()).doesNotContain("Zoë", "Ellis", "Elm", "LS6", "7700", "example", "Key safe",
        "mornings");
    assertThat(rebuilt).isEqualTo(new Customer(incremental.kind(), incremental.status(), incremental.mergedInto(),
        incremental.name(), null, null, null, null, null, null, null, null, null, rebuilt.createdAt(),
        incremental.updatedAt(), null, null, null, null));
    assertThat(rebuilt.toString()).doesNotContain("Zoë", "Ellis", "Elm", "7700");
  }

  @Test
  void nothing_changes_an_erased_customer_after() {
    created();
    keys.destroy(TENANT, ID);
    append(new CustomerErased(ID, UserId.of("u-owner"), START));
    append(new CustomerRestored(ID, START));

    assertThat(now().status()).isEqualTo(CustomerStatus.ERASED);
  }

  @Test
  void a_customer_stream_starts_with_its_creation() {
    append(new CustomerArchived(ID, START));

    assertThatThrownBy(this::now).isInstanceOf(IllegalStateException.class);
  }
}
