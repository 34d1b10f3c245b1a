package app.jobmate.projections.quotes.list;

import app.jobmate.events.EventJson;
import app.jobmate.projections.query.SortOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Where a page of the quotes list ended: the sort, the last item's sort key and its quote id (keyset
 * paging: the next page starts strictly after this item, so items inserted meanwhile cause neither
 * duplicates nor gaps). Opaque to clients: base64url of a small JSON object.
 */
public record ListCursor(QuoteListSort sort, SortOrder order, Comparable<?> key, String quoteId) {

  public ListCursor {
    if (sort == null || order == null || quoteId == null) {
      throw new IllegalArgumentException("sort, order and quoteId are required");
    }
  }

  public static ListCursor after(QuoteListSort sort, SortOrder order, QuoteListItem item, String quoteId) {
    return new ListCursor(sort, order, sort.keyOf(item), quoteId);
  }

  public String encode() {
    ObjectNode json = EventJson.mapper().createObjectNode()
        .put("s", sort.wireName()).put("o", order.wireName()).put("id", quoteId);
    switch (key) {
      case null -> json.putNull("k");
      case Long n -> json.put("k", n);
      case Instant i -> json.put("k", i.toString());
      case LocalDate d -> json.put("k", d.toString());
      default -> throw new IllegalStateException("cannot encode a sort key of " + key.getClass());
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** @throws IllegalArgumentException when {@code text} is not a cursor this service wrote */
  public static ListCursor decode(String text) {
    try {
      JsonNode json = EventJson.mapper().readTree(Base64.getUrlDecoder().decode(text));
      QuoteListSort sort = QuoteListSort.find(json.path("s").asText()).orElseThrow();
      SortOrder order = SortOrder.find(json.path("o").asText()).orElseThrow();
      JsonNode k = json.get("k");
      Comparable<?> key = k == null || k.isNull() ? null : switch (sort) {
        case DRAFTED, UPDATED -> Instant.parse(k.textValue());
        case NUMBER, GROSS -> {
          if (!k.isIntegralNumber()) {
            throw new IllegalArgumentException("not a number");
          }
          yield k.longValue();
        }
        case VALID_UNTIL -> LocalDate.parse(k.textValue());
      };
      String quoteId = json.get("id").textValue();
      return new ListCursor(sort, order, key, quoteId);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("is not a cursor from this list", e);
    }
  }
}
