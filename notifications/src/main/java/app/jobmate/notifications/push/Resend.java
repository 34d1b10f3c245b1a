package app.jobmate.notifications.push;

import app.jobmate.events.values.TenantId;
import app.jobmate.notifications.connections.ConnectionId;
import java.util.Objects;

/**
 * A message a flush could not deliver to one connection, to be sent to that connection alone
 * later: the flush itself is settled, so the others are not sent it twice.
 */
public record Resend(TenantId tenantId, ConnectionId connectionId, String message) {

  public Resend {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(connectionId, "connectionId");
    if (message == null || message.isEmpty()) {
      throw new IllegalArgumentException("a resend carries the message it sends");
    }
  }
}
