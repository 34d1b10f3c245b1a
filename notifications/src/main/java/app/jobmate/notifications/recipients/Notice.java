package app.jobmate.notifications.recipients;

import app.jobmate.notifications.messages.ClientMessage;

/** What one event tells whom. */
public record Notice(Audience audience, ClientMessage message) {

  public Notice {
    if (audience == null || message == null) {
      throw new IllegalArgumentException("audience and message are required");
    }
  }
}
