package app.jobmate.events.schema;

import app.jobmate.events.EventJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One release of Jobmate's JSON Schemas: the documents by their path under the schemas root, for
 * example {@code quotes/QuoteIssued.v1.json}. A document's {@code $id} is {@link #BASE_URI} followed
 * by that path, and {@code $ref}s between documents use those ids.
 */
@FunctionalInterface
public interface SchemaSource {

  String BASE_URI = "https://schemas.jobmate.app/events/";
  /** Where the shipped schemas are on the classpath. */
  String CLASSPATH_ROOT = "schemas/";

  /** The document at {@code path}, if this release has one. */
  Optional<JsonNode> read(String path);

  /** The schemas shipped in this module (its jar, or {@code target/classes}). */
  static SchemaSource shipped() {
    return path -> {
      try (InputStream in = SchemaSource.class.getClassLoader().getResourceAsStream(CLASSPATH_ROOT + path)) {
        return in == null ? Optional.empty() : Optional.of(EventJson.mapper().readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read schema " + path, e);
      }
    };
  }

  /** The schemas in a directory laid out like {@code src/main/resources/schemas}. */
  static SchemaSource directory(Path root) {
    return path -> {
      Path file = root.resolve(path);
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      try {
        return Optional.of(EventJson.mapper().readTree(file.toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read schema " + file, e);
      }
    };
  }

  /** The {@code $id} of the document at {@code path}. */
  static String idOf(String path) {
    return BASE_URI + path;
  }

  /** The path of the document whose {@code $id} is {@code id}, if it is one of Jobmate's. */
  static Optional<String> pathOf(String id) {
    return id.startsWith(BASE_URI) && id.length() > BASE_URI.length()
        ? Optional.of(id.substring(BASE_URI.length()))
        : Optional.empty();
  }
}
