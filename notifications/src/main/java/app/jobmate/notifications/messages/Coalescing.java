package app.jobmate.notifications.messages;

import java.util.List;

/**
 * Several messages about one subject for one connection, from one batch, become one: a client
 * needs the latest state, not every step (DOMAIN.md: changes within a short window are coalesced).
 * Its type says what happened last, except that a task which joined the person's list in the
 * window stays {@code task.assigned} (new to them) unless it left again; a quote message is the
 * latest answer.
 */
public final class Coalescing {

  private Coalescing() {
  }

  /** One message saying what {@code messages}, in the order their events happened, say together. */
  public static ClientMessage coalesce(List<ClientMessage> messages) {
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("nothing to coalesce");
    }
    ClientMessage result = messages.getFirst();
    for (ClientMessage later : messages.subList(1, messages.size())) {
      result = then(result, later);
    }
    return result;
  }

  private static ClientMessage then(ClientMessage earlier, ClientMessage later) {
    return switch (later) {
      case TaskMessage task when earlier instanceof TaskMessage before -> before.then(task);
      case TaskMessage task -> task;
      case QuoteMessage quote -> quote;
    };
  }
}
