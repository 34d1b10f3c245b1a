package app.jobmate.localcloud.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * A table of the template: its key attributes and, if it declares a {@code StreamSpecification},
 * its stream view type.
 */
record TableSpec(String name, String hashKey, Optional<String> rangeKey, Optional<String> streamViewType, String streamArn,
    ObjectNode createRequest) {

  /** The item's key, as DynamoDB puts it in a stream record's {@code Keys}; a key attribute the item lacks is left out. */
  ObjectNode keyOf(JsonNode item) {
    ObjectNode key = app.jobmate.localcloud.Json.object();
    if (item.has(hashKey)) {
      key.set(hashKey, item.get(hashKey));
    }
    rangeKey.filter(item::has).ifPresent(range -> key.set(range, item.get(range)));
    return key;
  }

  boolean streamed() {
    return streamViewType.isPresent();
  }
}
