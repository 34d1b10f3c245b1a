package app.jobmate.commands.resources;

import app.jobmate.commands.core.Decider;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.resources.ResourceCommand.AddResource;
import app.jobmate.commands.resources.ResourceCommand.ChangeResource;
import app.jobmate.commands.resources.ResourceCommand.RestoreResource;
import app.jobmate.commands.resources.ResourceCommand.RetireResource;
import app.jobmate.commands.resources.ResourceState.Existing;
import app.jobmate.commands.resources.ResourceState.InUse;
import app.jobmate.commands.resources.ResourceState.None;
import app.jobmate.commands.resources.ResourceState.Retired;
import app.jobmate.events.Role;
import app.jobmate.events.resources.ResourceEvent;
import app.jobmate.events.resources.ResourceEvent.ResourceAdded;
import app.jobmate.events.resources.ResourceEvent.ResourceChanged;
import app.jobmate.events.resources.ResourceEvent.ResourceRestored;
import app.jobmate.events.resources.ResourceEvent.ResourceRetired;
import app.jobmate.events.resources.ResourceId;
import java.util.List;

/**
 * The rules of equipment and vehicles (docs/business-rules.md, resources), as a pure decider. Only
 * owners and admins add, change, retire and restore them. The kind is kept for life; the vehicle fields
 * (registration, MOT and service dates) are a vehicle's only. A retired resource is restored before it
 * is changed; retiring a retired one, or restoring one in use, changes nothing.
 */
public final class ResourceDecider implements Decider<ResourceCommand, ResourceState, ResourceEvent> {

  public static final ResourceDecider INSTANCE = new ResourceDecider();

  private ResourceDecider() {
  }

  @Override
  public ResourceState initialState() {
    return new None();
  }

  @Override
  public Class<ResourceEvent> eventType() {
    return ResourceEvent.class;
  }

  @Override
  public List<ResourceEvent> decide(ResourceCommand command, ResourceState state) {
    if (!command.actor().roles().contains(Role.OWNER) && !command.actor().roles().contains(Role.ADMIN)) {
      throw Rejection.forbidden("resource.forbidden", "only an owner or admin adds, changes, retires or restores "
          + "equipment and vehicles");
    }
    if (state instanceof None && !(command instanceof AddResource)) {
      throw notFound(command.resourceId());
    }
    return switch (command) {
      case AddResource c when state instanceof None -> {
        requireFits(c.kind(), c);
        yield List.of(new ResourceAdded(c.resourceId(), c.kind(), c.details()));
      }
      case AddResource c -> throw Rejection.conflict("resource.already-exists", "resource " + c.resourceId()
          + " already exists");

      case ChangeResource c when state instanceof InUse u -> {
        requireFits(u.kind(), c);
        yield u.details().equals(c.details()) ? List.of()
            : List.of(new ResourceChanged(c.resourceId(), u.kind(), c.details()));
      }
      case ChangeResource c -> throw Rejection.conflict("resource.retired", "resource " + c.resourceId()
          + " is retired; restore it before changing it");

      case RetireResource c when state instanceof InUse -> List.of(new ResourceRetired(c.resourceId()));
      case RetireResource c -> List.of();

      case RestoreResource c when state instanceof Retired -> List.of(new ResourceRestored(c.resourceId()));
      case RestoreResource c -> List.of();
    };
  }

  @Override
  public ResourceState evolve(ResourceState state, ResourceEvent event) {
    return switch (event) {
      case ResourceAdded e -> {
        expect(None.class, state, e);
        yield new InUse(e.kind(), e.details());
      }
      case ResourceChanged e -> new InUse(expect(InUse.class, state, e).kind(), e.details());
      case ResourceRetired e -> {
        InUse u = expect(InUse.class, state, e);
        yield new Retired(u.kind(), u.details());
      }
      case ResourceRestored e -> {
        Retired r = expect(Retired.class, state, e);
        yield new InUse(r.kind(), r.details());
      }
    };
  }

  /** The vehicle fields on equipment: 422 naming the field. */
  private static void requireFits(app.jobmate.events.resources.ResourceKind kind, ResourceCommand command) {
    var details = switch (command) {
      case AddResource c -> c.details();
      case ChangeResource c -> c.details();
      case RetireResource c -> null;
      case RestoreResource c -> null;
    };
    String field = details == null ? null : details.problemFor(kind);
    if (field != null) {
      throw Rejection.unprocessable("resource.vehicle-only", field + " is only kept for a vehicle; this resource is "
          + kind.wireName(), field);
    }
  }

  private static Rejection notFound(ResourceId resourceId) {
    return Rejection.notFound("resource.not-found", "there is no resource " + resourceId);
  }

  static String stateName(ResourceState state) {
    return switch (state) {
      case None n -> "not added";
      case InUse u -> "in use";
      case Retired r -> "retired";
    };
  }

  private static <T> T expect(Class<T> type, ResourceState state, ResourceEvent event) {
    if (!type.isInstance(state)) {
      throw new IllegalStateException(event.getClass().getSimpleName() + " cannot follow a resource that is "
          + stateName(state));
    }
    return type.cast(state);
  }
}
