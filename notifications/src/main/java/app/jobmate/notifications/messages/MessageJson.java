package app.jobmate.notifications.messages;

import app.jobmate.events.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The wire form of client messages, whatever their context: compact JSON (a message's type says
 * which fields it has, and in which order), ISO-8601 times and dates, money in pence.
 */
public final class MessageJson {

  private MessageJson() {
  }

  public static String write(ClientMessage message) {
    try {
      return EventJson.mapper().writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + message.type() + " as JSON", e);
    }
  }
}
