package app.jobmate.localcloud.drills;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in front of MongoDB that a drill can take down (every connection cut, new ones
 * refused at once) and slow down (each chunk held back before it is passed on), the way a failover
 * or a congested network treats the read models' database.
 */
final class MongoProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final int targetPort;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean down;
  private volatile Duration latency = Duration.ZERO;
  private volatile boolean closed;

  private MongoProxy(ServerSocket listener, int targetPort) {
    this.listener = listener;
    this.targetPort = targetPort;
  }

  /** A proxy on a free loopback port to the MongoDB at {@code mongoUri} ({@code mongodb://127.0.0.1:<port>}). */
  static MongoProxy to(String mongoUri) {
    int port = Integer.parseInt(mongoUri.replaceFirst("^mongodb://[^:]+:(\\d+).*$", "$1"));
    try {
      MongoProxy proxy = new MongoProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), port);
      Thread.ofPlatform().daemon().name("mongo-proxy").start(proxy::accept);
      return proxy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The URI of MongoDB through the proxy; the driver gives up on an unreachable server after a second. */
  String uri() {
    return "mongodb://127.0.0.1:" + listener.getLocalPort() + "/?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000";
  }

  /** MongoDB is unreachable: open connections are cut and new ones closed as soon as they are made. */
  void takeDown() {
    down = true;
    open.forEach(MongoProxy::closeQuietly);
    open.clear();
  }

  void bringBack() {
    down = false;
  }

  /** Every chunk, either way, waits {@code delay} before it is passed on. */
  void slowDown(Duration delay) {
    latency = delay;
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = listener.accept();
        if (down) {
          closeQuietly(client);
          continue;
        }
        Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        open.add(client);
        open.add(server);
        Thread.ofVirtual().start(() -> pump(client, server));
        Thread.ofVirtual().start(() -> pump(server, client));
      } catch (IOException e) {
        if (!closed) {
          System.err.println("mongo proxy: " + e);
        }
      }
    }
  }

  private void pump(Socket from, Socket to) {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        Duration delay = latency;
        if (!delay.isZero()) {
          Thread.sleep(delay);
        }
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException | InterruptedException e) {
      // one side went away (or the proxy cut it): the other goes too
    } finally {
      closeQuietly(from);
      closeQuietly(to);
      open.remove(from);
      open.remove(to);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // closing a broken socket
    }
  }

  @Override
  public void close() {
    closed = true;
    takeDown();
    try {
      listener.close();
    } catch (IOException e) {
      // the listener is going anyway
    }
  }
}
