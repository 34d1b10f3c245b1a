package app.jobmate.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * A local server and an SDK client on it: a JUnit extension that runs it for a test class (registered
 * on a static field), or started by hand and closed by the caller.
 */
abstract class LocalServer<C extends SdkAutoCloseable> implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

  private C client;
  private ExtensionContext startedFor;

  /** Starts the server, readies it and answers a client on it; stops it again if it cannot be readied. */
  abstract C startServer();

  /** Stops the server; its client is closed already. */
  abstract void stopServer();

  public C client() {
    if (client == null) {
      throw new IllegalStateException(getClass().getSimpleName() + " is not running: register it on a static field, or start it");
    }
    return client;
  }

  final void open() {
    client = startServer();
  }

  @Override
  public final void beforeAll(ExtensionContext context) {
    if (startedFor == null) { // a @Nested class shares its enclosing class's server
      open();
      startedFor = context;
    }
  }

  @Override
  public final void afterAll(ExtensionContext context) {
    if (context == startedFor) {
      startedFor = null;
      close();
    }
  }

  @Override
  public final void close() {
    try {
      if (client != null) {
        client.close();
      }
    } finally {
      client = null;
      stopServer();
    }
  }
}
