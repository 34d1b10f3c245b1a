package app.jobmate.lambda.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of a JSON object and collects every error instead of stopping at the first,
 * so a 400 names every invalid field (docs/architecture.md, "Errors and inputs"). Read all fields, then call
 * {@link #throwIfInvalid()} before using what was read: a field in error reads as {@code null}.
 */
public final class Fields {

  private final JsonNode node;
  private final String path;
  private final List<FieldError> errors;

  private Fields(JsonNode node, String path, List<FieldError> errors) {
    this.node = node;
    this.path = path;
    this.errors = errors;
  }

  /** The fields of a request body (a JSON object, see {@link JsonBody}). */
  public static Fields of(JsonNode body) {
    return new Fields(body, "", new ArrayList<>());
  }

  /** Records an error for every field not in {@code allowed} (commands reject unknown fields). */
  public Fields allowOnly(String... allowed) {
    Set<String> known = Set.of(allowed);
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        errors.add(FieldError.at(pathOf(name), "is not a known field"));
      }
    }
    return this;
  }

  public boolean has(String name) {
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  public <T> T required(String name, Reader<T> reader) {
    if (!has(name)) {
      errors.add(FieldError.at(pathOf(name), "is required"));
      return null;
    }
    return read(name, node.get(name), reader);
  }

  /** The field's value, or {@code null} when it is absent or {@code null}. */
  public <T> T optional(String name, Reader<T> reader) {
    return has(name) ? read(name, node.get(name), reader) : null;
  }

  /** A nested object, read by {@code reader} with errors reported at their full path. */
  public <T> T requiredObject(String name, Function<Fields, T> reader) {
    if (!has(name)) {
      errors.add(FieldError.at(pathOf(name), "is required"));
      return null;
    }
    return object(name, reader);
  }

  public <T> T optionalObject(String name, Function<Fields, T> reader) {
    return has(name) ? object(name, reader) : null;
  }

  /** A list of objects, each read by {@code reader}; absent reads as an empty list. */
  public <T> List<T> list(String name, int maxItems, Function<Fields, T> reader) {
    if (!has(name)) {
      return List.of();
    }
    JsonNode array = node.get(name);
    if (!array.isArray()) {
      errors.add(FieldError.at(pathOf(name), "must be an array"));
      return List.of();
    }
    if (array.size() > maxItems) {
      errors.add(FieldError.at(pathOf(name), "must have at most " + maxItems + " items"));
      return List.of();
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String itemPath = pathOf(name) + "[" + i + "]";
      JsonNode item = array.get(i);
      if (!item.isObject()) {
        errors.add(FieldError.at(itemPath, "must be an object"));
        continue;
      }
      int before = errors.size();
      T value = reader.apply(new Fields(item, itemPath, errors));
      if (errors.size() == before) {
        items.add(value);
      }
    }
    return items;
  }

  /** Records an error found by a rule across fields; an empty name means this object as a whole. */
  public void reject(String name, String detail) {
    errors.add(FieldError.at(pathOf(name), detail));
  }

  public boolean isValid() {
    return errors.isEmpty();
  }

  /** @throws ProblemException 400 listing every invalid field */
  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new ProblemException(Problem.invalidInput(errors));
    }
  }

  private <T> T object(String name, Function<Fields, T> reader) {
    JsonNode value = node.get(name);
    if (!value.isObject()) {
      errors.add(FieldError.at(pathOf(name), "must be an object"));
      return null;
    }
    int before = errors.size();
    T result = reader.apply(new Fields(value, pathOf(name), errors));
    return errors.size() == before ? result : null;
  }

  private <T> T read(String name, JsonNode value, Reader<T> reader) {
    try {
      return reader.read(value);
    } catch (IllegalArgumentException | ArithmeticException e) {
      errors.add(FieldError.at(pathOf(name), e.getMessage() == null ? "is invalid" : e.getMessage()));
      return null;
    }
  }

  private String pathOf(String name) {
    if (name.isEmpty()) {
      return path;
    }
    return path.isEmpty() ? name : path + "." + name;
  }
}
