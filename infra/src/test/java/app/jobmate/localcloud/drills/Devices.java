package app.jobmate.localcloud.drills;

import app.jobmate.localcloud.Json;
import app.jobmate.localcloud.WsClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Demo users' WebSocket connections, open while a drill runs: what they were told is checked
 * against the store ({@link Invariants}). After a restart they connect again; what the closed
 * connections received is kept.
 */
final class Devices implements AutoCloseable {

  /** A message one user received, with the user's id and tenant. */
  record Received(String user, String userId, String tenantId, JsonNode message) {
  }

  /** The users who keep a device connected: two staff of Acme, its owner, and Brightside's owner. */
  static final Map<String, String> HOLDERS = Map.of(Api.SAM, "t-acme", Api.SOPHIE, "t-acme", Api.OLIVIA, "t-acme",
      Api.BEN, "t-brightside");

  private record Device(String user, String userId, String tenantId, WsClient client) {
  }

  private final List<Device> devices = new ArrayList<>();
  private final List<Device> closed = new ArrayList<>();

  /** Connects every holder to the WebSocket API at {@code webSocket} ({@code ws://host:port/ws}). */
  void connect(Api api, URI webSocket) {
    HOLDERS.forEach((user, tenant) -> devices.add(new Device(user, api.userId(user), tenant,
        WsClient.connect(URI.create(webSocket + "?token=" + api.token(user))))));
  }

  /** Keeps what the current connections received and connects again (after a restart closed them). */
  void reconnect(Api api, URI webSocket) {
    closed.addAll(devices);
    devices.clear();
    connect(api, webSocket);
  }

  List<Received> received() {
    List<Received> all = new ArrayList<>();
    for (List<Device> group : List.of(closed, devices)) {
      for (Device device : group) {
        for (String text : device.client().received()) {
          all.add(new Received(device.user(), device.userId(), device.tenantId(), Json.parse(text)));
        }
      }
    }
    return all;
  }

  @Override
  public void close() {
    for (Device device : devices) {
      try {
        if (!device.client().isClosed()) {
          device.client().close();
        }
      } catch (RuntimeException | AssertionError e) {
        // a connection the server already dropped
      }
    }
  }
}
