package app.jobmate.notifications.tasks.reminders;

/** What became of one task's reminder, or of a person's reminder of the day. */
public enum Reminded {
  /** Sent to every connection of the assignee. */
  SENT,
  /** Sent already that day, or being sent by someone else. */
  ALREADY_SENT,
  /**
   * The store says otherwise: the task is not an open task of an assignee due that day (the index was
   * behind); for a person's day, they have neither a visit nor an open task due that day.
   */
  NOT_DUE,
  /** The assignee has no connection open: nothing is sent, and nothing recorded, so a later run that day may reach them. */
  NOBODY_CONNECTED,
  /** The day is over: a reminder that it is due today would be wrong. */
  DAY_OVER
}
