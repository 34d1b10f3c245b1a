package app.jobmate.notifications.diary.visits;

import app.jobmate.events.diary.AppointmentKind;

/**
 * Which appointments the morning reminder lists (docs/decisions/visit-reminders.md): visits to a job and
 * meetings — somewhere to be at a time someone else set — but not time a member blocked out, which is
 * their own and no visit.
 */
public final class VisitKinds {

  private VisitKinds() {
  }

  public static boolean isListed(AppointmentKind kind) {
    return switch (kind) {
      case JOB_VISIT, MEETING -> true;
      case BLOCKED -> false;
    };
  }
}
