package app.jobmate.localcloud.websocket;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What API Gateway knows of a WebSocket connection from its handshake: the ids, where it came from
 * and the handshake's headers (API Gateway's own {@code X-Forwarded-*} and trace headers added) and
 * query string parameters.
 */
record ConnectionInfo(String connectionId, String apiId, String stage, String domainName, String sourceIp, String userAgent,
    Instant connectedAt, Map<String, List<String>> headers, Map<String, List<String>> query) {

  ConnectionInfo {
    headers = Map.copyOf(headers);
    query = Map.copyOf(query);
  }
}
