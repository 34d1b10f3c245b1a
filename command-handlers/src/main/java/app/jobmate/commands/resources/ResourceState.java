package app.jobmate.commands.resources;

import app.jobmate.events.resources.ResourceDetails;
import app.jobmate.events.resources.ResourceKind;

/** Where a resource is in its life: none yet, in use, or retired (and perhaps restored to use). */
public sealed interface ResourceState {

  record None() implements ResourceState {}

  /** A resource that exists, in use or retired. */
  sealed interface Existing extends ResourceState {
    ResourceKind kind();

    ResourceDetails details();
  }

  record InUse(ResourceKind kind, ResourceDetails details) implements Existing {}

  record Retired(ResourceKind kind, ResourceDetails details) implements Existing {}
}
