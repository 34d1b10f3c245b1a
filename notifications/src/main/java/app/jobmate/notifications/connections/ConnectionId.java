package app.jobmate.notifications.connections;

import java.util.regex.Pattern;

/** A WebSocket connection as API Gateway names it ({@code requestContext.connectionId}, e.g. {@code L0SM9cOFvHcCIhw=}). */
public record ConnectionId(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9+/=_-]{1,128}");

  public ConnectionId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("a connection id is 1 to 128 letters, digits or + / = _ -");
    }
  }

  public static ConnectionId of(String value) {
    return new ConnectionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
