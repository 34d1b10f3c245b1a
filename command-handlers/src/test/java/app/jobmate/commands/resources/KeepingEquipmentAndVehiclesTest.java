package app.jobmate.commands.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.resources.ResourceCommand.AddResource;
import app.jobmate.commands.resources.ResourceCommand.ChangeResource;
import app.jobmate.commands.resources.ResourceCommand.RestoreResource;
import app.jobmate.commands.resources.ResourceCommand.RetireResource;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.resources.Registration;
import app.jobmate.events.resources.ResourceDetails;
import app.jobmate.events.resources.ResourceEvent;
import app.jobmate.events.resources.ResourceEvent.ResourceAdded;
import app.jobmate.events.resources.ResourceEvent.ResourceChanged;
import app.jobmate.events.resources.ResourceEvent.ResourceRestored;
import app.jobmate.events.resources.ResourceEvent.ResourceRetired;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.resources.ResourceKind;
import app.jobmate.events.values.UserId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given events, when a command, then events or a rejection: the resource decider in the business's words. */
class KeepingEquipmentAndVehiclesTest {

  static final ResourceId VAN = ResourceId.of("0193c1a0-5555-7abc-8def-0123456789ab");
  static final Actor OWNER = new Actor(UserId.of("6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807"), List.of(Role.OWNER));
  static final Actor ADMIN = new Actor(UserId.of("7c3a2f1e-0d9c-4b8a-9f7e-6d5c4b3a2918"), List.of(Role.ADMIN));
  static final Actor STAFF = new Actor(UserId.of("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"), List.of(Role.STAFF));
  static final ResourceDetails TRANSIT = new ResourceDetails("Transit van", Registration.of("AB12 CDE"),
      LocalDate.of(2027, 3, 14), null, null, true);
  static final ResourceAdded ADDED = new ResourceAdded(VAN, ResourceKind.VEHICLE, TRANSIT);

  private final ResourceDecider decider = ResourceDecider.INSTANCE;

  private ResourceState given(ResourceEvent... events) {
    ResourceState state = decider.initialState();
    for (ResourceEvent e : events) {
      state = decider.evolve(state, e);
    }
    return state;
  }

  private Rejection refused(ResourceCommand command, ResourceEvent... events) {
    return catchThrowableOfType(Rejection.class, () -> decider.decide(command, given(events)));
  }

  @Test
  void an_owner_adds_a_van_that_the_diary_books_exclusively() {
    assertThat(decider.decide(new AddResource(VAN, ResourceKind.VEHICLE, TRANSIT, OWNER), given()))
        .containsExactly(ADDED);
  }

  @Test
  void a_resource_is_added_once() {
    assertThat(refused(new AddResource(VAN, ResourceKind.VEHICLE, TRANSIT, ADMIN), ADDED).code())
        .isEqualTo("resource.already-exists");
  }

  @Test
  void staff_may_not_add_change_retire_or_restore_anything() {
    assertThat(refused(new AddResource(VAN, ResourceKind.VEHICLE, TRANSIT, STAFF)).code()).isEqualTo("resource.forbidden");
    assertThat(refused(new ChangeResource(VAN, TRANSIT, STAFF), ADDED).code()).isEqualTo("resource.forbidden");
    assertThat(refused(new RetireResource(VAN, STAFF), ADDED).code()).isEqualTo("resource.forbidden");
    assertThat(refused(new RestoreResource(VAN, STAFF), ADDED, new ResourceRetired(VAN)).code())
        .isEqualTo("resource.forbidden");
  }

  @Test
  void equipment_has_no_registration_mot_or_service_date_and_the_field_is_named() {
    ResourceDetails ladder = new ResourceDetails("Ladder tower", null, null, LocalDate.of(2027, 1, 1), null, true);

    Rejection rejection = refused(new AddResource(VAN, ResourceKind.EQUIPMENT, ladder, OWNER));

    assertThat(rejection.code()).isEqualTo("resource.vehicle-only");
    assertThat(rejection.field()).isEqualTo("serviceDue");
  }

  @Test
  void a_change_keeps_the_kind_and_replaces_the_details_whole() {
    ResourceDetails serviced = new ResourceDetails("Transit van", Registration.of("AB12CDE"), LocalDate.of(2027, 3, 14),
        LocalDate.of(2027, 9, 1), "New tyres", false);

    assertThat(decider.decide(new ChangeResource(VAN, serviced, ADMIN), given(ADDED)))
        .containsExactly(new ResourceChanged(VAN, ResourceKind.VEHICLE, serviced));
  }

  @Test
  void a_change_to_the_same_details_records_nothing() {
    assertThat(decider.decide(new ChangeResource(VAN, TRANSIT, OWNER), given(ADDED))).isEmpty();
  }

  @Test
  void a_retired_resource_is_restored_before_it_is_changed() {
    assertThat(refused(new ChangeResource(VAN, TRANSIT, OWNER), ADDED, new ResourceRetired(VAN)).code())
        .isEqualTo("resource.retired");
    assertThat(decider.decide(new RestoreResource(VAN, OWNER), given(ADDED, new ResourceRetired(VAN))))
        .containsExactly(new ResourceRestored(VAN));
  }

  @Test
  void retiring_a_retired_resource_or_restoring_one_in_use_changes_nothing() {
    assertThat(decider.decide(new RetireResource(VAN, OWNER), given(ADDED, new ResourceRetired(VAN)))).isEmpty();
    assertThat(decider.decide(new RestoreResource(VAN, OWNER), given(ADDED))).isEmpty();
    assertThat(decider.decide(new RetireResource(VAN, OWNER), given(ADDED))).containsExactly(new ResourceRetired(VAN));
  }

  @Test
  void nothing_is_done_to_a_resource_that_was_never_added() {
    assertThat(refused(new RetireResource(VAN, OWNER)).code()).isEqualTo("resource.not-found");
    assertThat(refused(new ChangeResource(VAN, TRANSIT, OWNER)).code()).isEqualTo("resource.not-found");
  }
}
