package app.jobmate.notifications.push;

import app.jobmate.notifications.summaries.Subject;

/** What a message on the flush queue asks for: flush a subject, or resend one message to one connection. */
public sealed interface FlushWork {

  record Flush(Subject subject) implements FlushWork {
  }

  record Send(Resend resend) implements FlushWork {
  }
}
