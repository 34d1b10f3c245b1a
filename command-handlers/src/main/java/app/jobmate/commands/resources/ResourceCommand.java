package app.jobmate.commands.resources;

import app.jobmate.events.Actor;
import app.jobmate.events.resources.ResourceDetails;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.resources.ResourceKind;
import app.jobmate.events.values.Require;

/** What owners and admins ask of a piece of equipment or a vehicle. Each command carries its {@link Actor}. */
public sealed interface ResourceCommand {

  ResourceId resourceId();

  Actor actor();

  record AddResource(ResourceId resourceId, ResourceKind kind, ResourceDetails details, Actor actor)
      implements ResourceCommand {
    public AddResource {
      Require.present(kind, "kind");
      Require.present(details, "details");
    }
  }

  /** Replaces its details whole; the kind stays what it was. */
  record ChangeResource(ResourceId resourceId, ResourceDetails details, Actor actor) implements ResourceCommand {
    public ChangeResource {
      Require.present(details, "details");
    }
  }

  record RetireResource(ResourceId resourceId, Actor actor) implements ResourceCommand {}

  record RestoreResource(ResourceId resourceId, Actor actor) implements ResourceCommand {}
}
