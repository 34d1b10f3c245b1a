package app.jobmate.projections.customers;

import static app.jobmate.projections.testing.Fold.fold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.Actor;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventType;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
import app.jobmate.events.customers.ConsentMethod;
import app.jobmate.events.customers.CustomerEvent.CustomerArchived;
import app.jobmate.events.customers.CustomerEvent.CustomerChanged;
import app.jobmate.events.customers.CustomerEvent.CustomerCreated;
import app.jobmate.events.customers.CustomerEvent.CustomerErased;
import app.jobmate.events.customers.CustomerEvent.CustomerMerged;
import app.jobmate.events.customers.CustomerEvent.CustomerRestored;
import app.jobmate.events.customers.CustomerEvent.CustomerSiteAdded;
import app.jobmate.events.customers.CustomerEvent.CustomerSiteRemoved;
import app.jobmate.events.customers.CustomerKind;
import app.jobmate.events.customers.MarketingConsent;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.Sealed;
import app.jobmate.events.values.SiteId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerProjectionTest {

  private static final CustomerProjection CUSTOMERS = new CustomerProjection();
  private static final CustomerId ID = CustomerId.of("0193a5a0-1111-7abc-8def-0123456789ab");
  private static final CustomerId SURVIVOR = CustomerId.of("0193a5a0-1112-7abc-8def-0123456789ab");
  private static final SiteId HOME = SiteId.of("0193a5a0-2222-7abc-8def-0123456789ab");
  private static final SiteId SHOP = SiteId.of("0193a5a0-2223-7abc-8def-0123456789ab");
  private static final String KEY = "0193b0c4-9999-7abc-8def-0123456789ab";
  private static final Actor OWNER = new Actor(UserId.of("u-owner"), List.of(Role.OWNER));
  private static final Instant START = Instant.parse("2026-11-20T08:15:00.123456Z");

  private final List<EventEnvelope> stream = new ArrayList<>();

  private void append(DomainEvent event) {
    EventType<?> type = EventTypes.of(event.getClass());
    int version = stream.size() + 1;
    stream.add(new EventEnvelope("0193a5c1-9d2e-7f10-8a4b-" + String.format("%012d", version), type.name(),
        type.schemaVersion(), TenantId.of("t-acme"), "customer", ID.toString(), version, START.plusSeconds(60L * version),
        "cmd-" + version, "corr", null, OWNER, EventCodec.standard().encode(event)));
  }

  private static Sealed sealed() {
    return new Sealed(KEY, new byte[12], new byte[24]);
  }

  private Customer now() {
    return fold(CUSTOMERS, stream);
  }

  private void created() {
    append(new CustomerCreated(ID, CustomerKind.COMPANY, sealed(), null, null, null, null, null, null,
        new MarketingConsent(Instant.parse("2026-11-19T10:00:00Z"), ConsentMethod.PHONE)));
  }

  @Test
  void the_customer_documents_take_every_customer_event() {
    assertThat(CUSTOMERS.eventTypes()).isEqualTo(EventTypes.namesOf("customer")).hasSize(9);
    assertThat(CUSTOMERS.streamType()).isEqualTo("customer");
  }

  @Test
  void a_created_customer_is_active_with_its_kind_and_consent_and_no_sites() {
    created();

    Customer customer = now();

    assertThat(customer.kind()).isEqualTo(CustomerKind.COMPANY);
    assertThat(customer.status()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(customer.siteIds()).isEmpty();
    assertThat(customer.marketingConsentMethod()).isEqualTo(ConsentMethod.PHONE);
    assertThat(customer.createdAt()).isEqualTo(Instant.parse("2026-11-20T08:16:00.123Z"));
  }

  @Test
  void sites_are_kept_in_the_order_they_were_added_and_a_removed_one_goes() {
    created();
    append(new CustomerSiteAdded(ID, HOME, sealed(), null));
    append(new CustomerSiteAdded(ID, SHOP, sealed(), sealed()));
    append(new CustomerSiteRemoved(ID, HOME));

    assertThat(now().siteIds()).containsExactly(SHOP.toString());
  }

  @Test
  void archiving_and_restoring_move_the_status_and_a_change_clears_a_withdrawn_consent() {
    created();
    append(new CustomerArchived(ID, START));
    assertThat(now().status()).isEqualTo(CustomerStatus.ARCHIVED);
    append(new CustomerRestored(ID, START));
    append(new CustomerChanged(ID, CustomerKind.PERSON, sealed(), null, null, null, null, null, null, null));

    assertThat(now().status()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(now().kind()).isEqualTo(CustomerKind.PERSON);
    assertThat(now().marketingConsentGivenAt()).isNull();
  }

  @Test
  void a_merged_customer_points_at_its_survivor() {
    created();
    append(new CustomerMerged(ID, SURVIVOR, START));

    assertThat(now().status()).isEqualTo(CustomerStatus.MERGED);
    assertThat(now().mergedInto()).isEqualTo(SURVIVOR.toString());
  }

  @Test
  void an_erased_customer_keeps_nothing_but_its_status_and_nothing_changes_it_after() {
    created();
    append(new CustomerSiteAdded(ID, HOME, sealed(), null));
    append(new CustomerErased(ID, UserId.of("u-owner"), START));
    append(new CustomerRestored(ID, START));

    assertThat(now().status()).isEqualTo(CustomerStatus.ERASED);
    assertThat(now().siteIds()).isEmpty();
    assertThat(now().marketingConsentGivenAt()).isNull();
  }

  @Test
  void a_customer_stream_starts_with_its_creation() {
    append(new CustomerArchived(ID, START));

    assertThatThrownBy(this::now).isInstanceOf(IllegalStateException.class);
  }
}
