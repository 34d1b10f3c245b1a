package app.jobmate.events.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shipped JSON Schemas as a validator sees them: their {@code $id}s map to the classpath, and
 * formats (uuid, date, date-time) are asserted, not just annotations as draft 2020-12 leaves them.
 */
public final class JsonSchemas {

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder
          .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
          .schemaIdResolvers(ids -> ids.mapPrefix(SchemaSource.BASE_URI, "classpath:" + SchemaSource.CLASSPATH_ROOT)));

  private static final Map<String, Schema> BY_PATH = new ConcurrentHashMap<>();

  private JsonSchemas() {
  }

  /** The schema at {@code path}, relative to {@code schemas/} (for example {@code quotes/QuoteIssued.v1.json}). */
  public static Schema at(String path) {
    return BY_PATH.computeIfAbsent(path, p -> {
      Schema schema = REGISTRY.getSchema(SchemaLocation.of(SchemaSource.BASE_URI + p));
      schema.initializeValidators();
      return schema;
    });
  }

  /** What is wrong with {@code schema} as a draft 2020-12 schema (the meta-schema ships with the validator). */
  public static List<String> metaSchemaProblems(JsonNode schema) {
    return REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId())).validate(schema)
        .stream().map(Error::toString).toList();
  }

  /** What is wrong with {@code document} under the schema at {@code path}, one message each; empty when valid. */
  public static List<String> problems(String path, JsonNode document) {
    List<Error> errors = at(path).validate(document);
    return errors.stream().map(Error::toString).toList();
  }
}
