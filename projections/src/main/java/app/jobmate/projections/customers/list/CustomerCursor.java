package app.jobmate.projections.customers.list;

import app.jobmate.events.EventJson;
import app.jobmate.events.values.CustomerId;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of the customer list ended: the last customer's id (keyset paging on the id, so
 * customers added meanwhile cause neither repeats nor gaps). Opaque to clients: base64url of a
 * small JSON object.
 */
public final class CustomerCursor {

  private CustomerCursor() {
  }

  public static String encode(String customerId) {
    String json = EventJson.mapper().createObjectNode().put("id", customerId).toString();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** @throws IllegalArgumentException when {@code text} is not a cursor this service wrote */
  public static String decode(String text) {
    try {
      JsonNode json = EventJson.mapper().readTree(Base64.getUrlDecoder().decode(text));
      if (json == null || !json.isObject() || json.size() != 1 || !json.path("id").isTextual()) {
        throw new IllegalArgumentException("not a cursor");
      }
      return CustomerId.of(json.get("id").textValue()).toString();
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("is not a cursor from this list", e);
    }
  }
}
