package app.jobmate.commands.diary;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.resources.ResourceCommand.AddResource;
import app.jobmate.commands.resources.ResourceCommand.ChangeResource;
import app.jobmate.commands.resources.ResourceCommand.RestoreResource;
import app.jobmate.commands.resources.ResourceCommand.RetireResource;
import app.jobmate.commands.resources.ResourceService;
import app.jobmate.commands.resources.ResourceState;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.resources.Registration;
import app.jobmate.events.resources.ResourceDetails;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.resources.ResourceKind;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Where a resource a booking names stands for the diary ({@link DiaryResources}), read from its own stream by
 * {@link ResourceRecords}: run on the in-memory and the DynamoDB event store.
 */
public abstract class DiaryResourcesContract {

  private static final Instant NOW = Instant.parse("2026-12-06T15:00:00Z");
  private static final Actor OWNER = new Actor(UserId.of("6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807"), List.of(Role.OWNER));

  protected abstract EventStore store();

  private static CommandContext context() {
    String key = UUID.randomUUID().toString();
    return new CommandContext(key, "sha256:" + key, OWNER, null, null, NOW, OptionalLong.empty());
  }

  @Test
  void a_resource_is_none_until_added_in_use_with_its_details_now_retired_once_retired_and_none_in_another_business() {
    EventStore store = store();
    TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    ResourceService resources = new ResourceService(new CommandService(store));
    DiaryResources diary = new ResourceRecords(store);
    ResourceId van = new ResourceId(UUID.randomUUID());

    assertThat(diary.stateOf(tenant, van)).isInstanceOf(ResourceState.None.class);
    resources.handle(tenant, new AddResource(van, ResourceKind.VEHICLE, new ResourceDetails("Transit van",
        Registration.of("AB12CDE"), null, null, null, false), OWNER), context());
    resources.handle(tenant, new ChangeResource(van, new ResourceDetails("Long-wheelbase van", Registration.of("AB12CDE"),
        null, null, null, true), OWNER), context());

    assertThat(diary.stateOf(tenant, van)).isInstanceOfSatisfying(ResourceState.InUse.class, inUse -> {
      assertThat(inUse.kind()).isEqualTo(ResourceKind.VEHICLE);
      assertThat(inUse.details().name()).isEqualTo("Long-wheelbase van");
      assertThat(inUse.details().busy()).isTrue();
    });
    resources.handle(tenant, new RetireResource(van, OWNER), context());
    assertThat(diary.stateOf(tenant, van)).isInstanceOf(ResourceState.Retired.class);
    resources.handle(tenant, new RestoreResource(van, OWNER), context());
    assertThat(diary.stateOf(tenant, van)).isInstanceOf(ResourceState.InUse.class);
    assertThat(diary.stateOf(TenantId.of("t-" + UUID.randomUUID()), van))
        .as("another business's van is none of this one's").isInstanceOf(ResourceState.None.class);
  }
}
