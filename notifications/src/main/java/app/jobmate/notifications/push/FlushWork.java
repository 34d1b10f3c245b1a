package app.jobmate.notifications.push;

import app.jobmate.events.StreamId;

/** What a message on the flush queue asks for: flush a subject, or resend one message to one connection. */
public sealed interface FlushWork {

  record Flush(StreamId subject) implements FlushWork {
  }

  record Send(Resend resend) implements FlushWork {
  }
}
