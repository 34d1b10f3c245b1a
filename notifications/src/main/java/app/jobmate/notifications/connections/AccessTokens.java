package app.jobmate.notifications.connections;

/**
 * Verifies the access token a client presents when it opens a connection: the caller's tenant and
 * roles come from the token, never from anything else the client sends.
 */
public interface AccessTokens {

  /**
   * The caller the token names.
   *
   * @throws Rejected if the token is missing, malformed, not signed by the issuer's current keys,
   *                  meant for another client or use, outside its validity, or names no role
   */
  Caller verify(String token);

  /** A token that must not open a connection; the reason is for the log, never for the client. */
  final class Rejected extends RuntimeException {
    public Rejected(String reason) {
      super(reason);
    }

    public Rejected(String reason, Throwable cause) {
      super(reason, cause);
    }
  }
}
