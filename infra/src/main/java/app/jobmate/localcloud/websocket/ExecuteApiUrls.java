package app.jobmate.localcloud.websocket;

import app.jobmate.localcloud.template.Intrinsics;
import java.net.URI;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rewrite of function settings the local cloud makes: a value of exactly the form
 * {@code https://<apiId>.execute-api.<region>.amazonaws.com/<stage>}, naming the template's WebSocket
 * API (as {@code !Sub "https://${WebSocketApi}.execute-api.${AWS::Region}.amazonaws.com/${Stage}"}
 * gives it), becomes the local management endpoint {@code http://127.0.0.1:<port>/<stage>}, so that
 * a client built with {@code endpointOverride} of it reaches the local {@code @connections} API; the
 * {@code wss://} form becomes the local WebSocket URL. Nothing else is rewritten.
 */
public final class ExecuteApiUrls implements UnaryOperator<String> {

  private static final Pattern EXECUTE_API =
      Pattern.compile("^(https|wss)://([a-z0-9]+)\\.execute-api\\." + Pattern.quote(Intrinsics.REGION) + "\\.amazonaws\\.com/([^/?#]+)/?$");

  private final Set<String> apiIds;
  private final URI api;

  public ExecuteApiUrls(Set<String> apiIds, URI api) {
    this.apiIds = Set.copyOf(apiIds);
    this.api = api;
  }

  @Override
  public String apply(String value) {
    Matcher matcher = EXECUTE_API.matcher(value);
    if (!matcher.matches() || !apiIds.contains(matcher.group(2))) {
      return value;
    }
    String stage = matcher.group(3);
    return matcher.group(1).equals("https") ? api.resolve("/" + stage).toString()
        : "ws://" + api.getAuthority() + WebSocketGateway.PATH + "/" + stage;
  }
}
