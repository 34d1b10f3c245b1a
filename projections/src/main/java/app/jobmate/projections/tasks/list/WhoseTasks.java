package app.jobmate.projections.tasks.list;

import app.jobmate.events.values.UserId;

/** Whose tasks a list holds: everyone's, those no one has, or one person's (as the task is now assigned). */
public sealed interface WhoseTasks {

  record Everyone() implements WhoseTasks {
  }

  record Unassigned() implements WhoseTasks {
  }

  record AssignedTo(UserId user) implements WhoseTasks {
    public AssignedTo {
      if (user == null) {
        throw new IllegalArgumentException("user is required");
      }
    }
  }

  /** Whether a task assigned to {@code assignee} ({@code null}: no one) is one of these. */
  default boolean include(String assignee) {
    return switch (this) {
      case Everyone e -> true;
      case Unassigned u -> assignee == null;
      case AssignedTo a -> a.user().value().equals(assignee);
    };
  }
}
