package app.jobmate.commands.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.customers.CustomerCommand.AddSite;
import app.jobmate.commands.customers.CustomerCommand.ArchiveCustomer;
import app.jobmate.commands.customers.CustomerCommand.ChangeCustomer;
import app.jobmate.commands.customers.CustomerCommand.ChangeSite;
import app.jobmate.commands.customers.CustomerCommand.CreateCustomer;
import app.jobmate.commands.customers.CustomerCommand.EraseCustomer;
import app.jobmate.commands.customers.CustomerCommand.MergeCustomer;
import app.jobmate.commands.customers.CustomerCommand.NewSite;
import app.jobmate.commands.customers.CustomerCommand.RemoveSite;
import app.jobmate.commands.customers.CustomerCommand.RestoreCustomer;
import app.jobmate.events.customers.CustomerEvent;
import app.jobmate.events.customers.CustomerEvent.CustomerArchived;
import app.jobmate.events.customers.CustomerEvent.CustomerCreated;
import app.jobmate.events.customers.CustomerEvent.CustomerErased;
import app.jobmate.events.customers.CustomerEvent.CustomerMerged;
import app.jobmate.events.customers.CustomerEvent.CustomerRestored;
import app.jobmate.events.customers.CustomerEvent.CustomerSiteAdded;
import app.jobmate.events.customers.CustomerEvent.CustomerSiteRemoved;
import app.jobmate.events.customers.CustomerKind;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.Sealed;
import app.jobmate.events.values.SiteId;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Given events, when a command, then events or a rejection: the customer rules, on sealed data only. */
class CustomerDeciderTest {

  static final CustomerId ZOE = CustomerId.of("0193a5a0-1111-7abc-8def-0123456789ab");
  static final CustomerId DUPLICATE = CustomerId.of("0193a5a0-1112-7abc-8def-0123456789ab");
  static final SiteId HOME = SiteId.of("0193a5a0-2222-7abc-8def-0123456789ab");
  static final SiteId SHOP = SiteId.of("0193a5a0-2223-7abc-8def-0123456789ab");
  static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
  static final UserId OWNER = UserId.of("6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807");
  static final Sealed NAME = new Sealed("0193b0c4-9999-7abc-8def-0123456789ab", new byte[12], new byte[30]);
  static final SealedProfile PROFILE = new SealedProfile(NAME, null, null, null, null, null, null);
  static final SealedSite SITE = new SealedSite(NAME, null);

  private static List<CustomerEvent> decide(List<CustomerEvent> given, CustomerCommand command) {
    return CustomerDecider.INSTANCE.decide(command, stateAfter(given));
  }

  private static CustomerState stateAfter(List<CustomerEvent> events) {
    CustomerState state = CustomerDecider.INSTANCE.initialState();
    for (CustomerEvent event : events) {
      state = CustomerDecider.INSTANCE.evolve(state, event);
    }
    return state;
  }

  private static Rejection rejected(List<CustomerEvent> given, CustomerCommand command) {
    return catchThrowableOfType(Rejection.class, () -> decide(given, command));
  }

  private static CustomerCreated created(CustomerId id) {
    return new CustomerCreated(id, CustomerKind.PERSON, NAME, null, null, null, null, null, null, null);
  }

  private static List<CustomerEvent> zoeWithHome() {
    return List.of(created(ZOE), new CustomerSiteAdded(ZOE, HOME, NAME, null));
  }

  private static List<CustomerEvent> plus(List<CustomerEvent> events, CustomerEvent... more) {
    List<CustomerEvent> all = new ArrayList<>(events);
    all.addAll(List.of(more));
    return all;
  }

  @Test
  void a_new_customer_is_created_with_its_first_sites_in_one_decision() {
    List<CustomerEvent> events = decide(List.of(), new CreateCustomer(ZOE, CustomerKind.PERSON, PROFILE, null,
        List.of(new NewSite(HOME, SITE), new NewSite(SHOP, SITE))));

    assertThat(events).containsExactly(created(ZOE), new CustomerSiteAdded(ZOE, HOME, NAME, null),
        new CustomerSiteAdded(ZOE, SHOP, NAME, null));
    assertThat(stateAfter(events)).isEqualTo(new CustomerState.Known(false, Set.of(HOME, SHOP)));
  }

  @Test
  void a_customer_is_created_once_and_a_site_given_twice_is_refused() {
    assertThat(rejected(List.of(created(ZOE)), new CreateCustomer(ZOE, CustomerKind.PERSON, PROFILE, null, List.of())).code())
        .isEqualTo("customer.exists");
    assertThat(rejected(List.of(), new CreateCustomer(ZOE, CustomerKind.PERSON, PROFILE, null,
        List.of(new NewSite(HOME, SITE), new NewSite(HOME, SITE)))).code()).isEqualTo("customer.site-repeated");
  }

  @Test
  void sites_are_added_changed_and_removed_and_an_unknown_one_is_not_found() {
    assertThat(decide(zoeWithHome(), new AddSite(ZOE, SHOP, SITE))).containsExactly(new CustomerSiteAdded(ZOE, SHOP, NAME, null));
    assertThat(rejected(zoeWithHome(), new AddSite(ZOE, HOME, SITE)).code()).isEqualTo("customer.site-exists");
    assertThat(decide(zoeWithHome(), new ChangeSite(ZOE, HOME, SITE))).hasSize(1);
    assertThat(decide(zoeWithHome(), new RemoveSite(ZOE, HOME))).containsExactly(new CustomerSiteRemoved(ZOE, HOME));
    Rejection unknown = rejected(zoeWithHome(), new RemoveSite(ZOE, SHOP));
    assertThat(unknown.code()).isEqualTo("customer.site-not-found");
    assertThat(unknown.kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
    assertThat(rejected(plus(zoeWithHome(), new CustomerSiteRemoved(ZOE, HOME)), new ChangeSite(ZOE, HOME, SITE)).code())
        .isEqualTo("customer.site-not-found");
  }

  @Test
  void an_unknown_customer_is_not_found_for_every_command_but_its_creation() {
    for (CustomerCommand command : List.of(new ChangeCustomer(ZOE, CustomerKind.PERSON, PROFILE, null),
        new AddSite(ZOE, HOME, SITE), new ArchiveCustomer(ZOE, NOW), new RestoreCustomer(ZOE, NOW),
        new MergeCustomer(ZOE, DUPLICATE, new CustomerState.Known(false, Set.of()), NOW), new EraseCustomer(ZOE, OWNER, NOW))) {
      Rejection rejection = rejected(List.of(), command);
      assertThat(rejection.code()).as(command.getClass().getSimpleName()).isEqualTo("customer.not-found");
      assertThat(rejection.kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
    }
  }

  @Test
  void an_archived_customer_can_be_restored_and_changed_but_not_archived_again() {
    List<CustomerEvent> archived = plus(zoeWithHome(), new CustomerArchived(ZOE, NOW));

    assertThat(decide(zoeWithHome(), new ArchiveCustomer(ZOE, NOW))).containsExactly(new CustomerArchived(ZOE, NOW));
    assertThat(rejected(archived, new ArchiveCustomer(ZOE, NOW)).code()).isEqualTo("customer.archived");
    assertThat(decide(archived, new ChangeCustomer(ZOE, CustomerKind.COMPANY, PROFILE, null))).hasSize(1);
    assertThat(decide(archived, new RestoreCustomer(ZOE, NOW))).containsExactly(new CustomerRestored(ZOE, NOW));
    assertThat(rejected(zoeWithHome(), new RestoreCustomer(ZOE, NOW)).code()).isEqualTo("customer.not-archived");
  }

  @Test
  void a_duplicate_is_merged_into_an_active_survivor_and_is_the_survivor_from_then_on() {
    List<CustomerEvent> events = decide(List.of(created(DUPLICATE)),
        new MergeCustomer(DUPLICATE, ZOE, new CustomerState.Known(false, Set.of()), NOW));

    assertThat(events).containsExactly(new CustomerMerged(DUPLICATE, ZOE, NOW));
    Rejection change = rejected(plus(List.of(created(DUPLICATE)), events.getFirst()),
        new ChangeCustomer(DUPLICATE, CustomerKind.PERSON, PROFILE, null));
    assertThat(change.code()).isEqualTo("customer.merged");
    assertThat(change.getMessage()).contains(ZOE.toString());
  }

  @Test
  void a_customer_is_not_merged_into_itself_nor_into_one_that_is_missing_archived_merged_or_erased() {
    List<CustomerEvent> duplicate = List.of(created(DUPLICATE));

    assertThat(rejected(duplicate, new MergeCustomer(DUPLICATE, DUPLICATE, new CustomerState.Known(false, Set.of()), NOW))
        .code()).isEqualTo("customer.merge-into-itself");
    assertThat(rejected(duplicate, new MergeCustomer(DUPLICATE, ZOE, new CustomerState.None(), NOW)).code())
        .isEqualTo("customer.survivor-not-found");
    assertThat(rejected(duplicate, new MergeCustomer(DUPLICATE, ZOE, new CustomerState.Known(true, Set.of()), NOW)).code())
        .isEqualTo("customer.survivor-archived");
    assertThat(rejected(duplicate, new MergeCustomer(DUPLICATE, ZOE, new CustomerState.Merged(DUPLICATE), NOW)).code())
        .isEqualTo("customer.survivor-merged");
    Rejection erased = rejected(duplicate, new MergeCustomer(DUPLICATE, ZOE, new CustomerState.Erased(), NOW));
    assertThat(erased.code()).isEqualTo("customer.survivor-erased");
    assertThat(erased.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
    assertThat(erased.getMessage()).startsWith("survivorId");
  }

  @Test
  void an_erased_customer_refuses_every_command_with_409_customer_erased() {
    List<CustomerEvent> erased = plus(zoeWithHome(), new CustomerErased(ZOE, OWNER, NOW));

    assertThat(decide(zoeWithHome(), new EraseCustomer(ZOE, OWNER, NOW))).containsExactly(new CustomerErased(ZOE, OWNER, NOW));
    for (CustomerCommand command : List.of(new CreateCustomer(ZOE, CustomerKind.PERSON, PROFILE, null, List.of()),
        new ChangeCustomer(ZOE, CustomerKind.PERSON, PROFILE, null), new AddSite(ZOE, SHOP, SITE),
        new RemoveSite(ZOE, HOME), new ArchiveCustomer(ZOE, NOW), new EraseCustomer(ZOE, OWNER, NOW))) {
      Rejection rejection = rejected(erased, command);
      assertThat(rejection.code()).as(command.getClass().getSimpleName()).isEqualTo("customer.erased");
      assertThat(rejection.kind()).isEqualTo(Rejection.Kind.CONFLICT);
    }
  }

  @Test
  void a_merged_customer_can_still_be_erased() {
    List<CustomerEvent> merged = List.of(created(DUPLICATE), new CustomerMerged(DUPLICATE, ZOE, NOW));

    assertThat(decide(merged, new EraseCustomer(DUPLICATE, OWNER, NOW))).containsExactly(
        new CustomerErased(DUPLICATE, OWNER, NOW));
  }
}
