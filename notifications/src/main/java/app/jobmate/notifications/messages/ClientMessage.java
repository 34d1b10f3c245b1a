package app.jobmate.notifications.messages;

/**
 * A message a client receives over its WebSocket: small JSON it can act on without another call.
 * {@code version} is the version of the subject's stream the message reflects; a client ignores a
 * message whose version is not above the one it already shows, so duplicates and late arrivals
 * are harmless. Each context has its own message type, in its own package ({@code tasks.TaskMessage},
 * {@code quotes.QuoteMessage}); {@link MessageJson} writes any of them.
 */
public interface ClientMessage {

  /** The message's type on the wire, e.g. {@code task.assigned}. */
  String type();

  long version();

  /** Whether the message shows money: such a message goes to owners and admins only (staff never see prices). */
  boolean showsPrices();
}
