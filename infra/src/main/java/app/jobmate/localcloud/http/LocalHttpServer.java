package app.jobmate.localcloud.http;

import app.jobmate.localcloud.websocket.WebSocketGateway;
import java.net.URI;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;

/**
 * The local cloud's one Jetty server, on loopback: the API connector (the HTTP and WebSocket APIs,
 * the dashboard, on the port asked for) and the services connector (the AWS JSON protocols and
 * {@code @connections}, on any free port), both served by the {@link FrontDoor}. Jetty's own
 * refusals are problem+json ({@link ProblemErrorHandler}), never its HTML page.
 */
public final class LocalHttpServer implements AutoCloseable {

  private final Server server;
  private final ServerWebSocketContainer webSockets;

  private LocalHttpServer(Server server, ServerWebSocketContainer webSockets) {
    this.server = server;
    this.webSockets = webSockets;
  }

  /** A server not yet started, so the front door can be given its WebSocket container. */
  public static LocalHttpServer create() {
    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("local-cloud-http");
    threads.setDaemon(true);
    Server server = new Server(threads);
    return new LocalHttpServer(server, ServerWebSocketContainer.ensure(server));
  }

  public ServerWebSocketContainer webSockets() {
    return webSockets;
  }

  /** Starts serving {@code door}, the API on {@code port} (0 for any). */
  public void start(int port, FrontDoor door, WebSocketGateway.Limits limits, Consumer<String> log) {
    server.addConnector(connector(FrontDoor.API_CONNECTOR, port));
    server.addConnector(connector(FrontDoor.SERVICES_CONNECTOR, 0));
    server.setHandler(door);
    server.setErrorHandler(new ProblemErrorHandler(log));
    webSockets.setIdleTimeout(limits.idleTimeout());
    webSockets.setMaxTextMessageSize(WebSocketGateway.MAX_MESSAGE_BYTES);
    webSockets.setMaxBinaryMessageSize(WebSocketGateway.MAX_MESSAGE_BYTES);
    webSockets.setMaxFrameSize(WebSocketGateway.MAX_FRAME_BYTES);
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the HTTP server on port " + port + ": " + e.getMessage(), e);
    }
  }

  public URI api() {
    return endpoint(FrontDoor.API_CONNECTOR);
  }

  public URI services() {
    return endpoint(FrontDoor.SERVICES_CONNECTOR);
  }

  private ServerConnector connector(String name, int port) {
    ServerConnector connector = new ServerConnector(server);
    connector.setName(name);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    return connector;
  }

  private URI endpoint(String connectorName) {
    for (var connector : server.getConnectors()) {
      if (connector.getName().equals(connectorName)) {
        return URI.create("http://127.0.0.1:" + ((ServerConnector) connector).getLocalPort());
      }
    }
    throw new IllegalStateException("no connector " + connectorName);
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
