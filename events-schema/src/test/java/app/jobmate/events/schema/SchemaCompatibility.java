package app.jobmate.events.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a schema may replace the one published at the same name and version. Compatible means
 * backward compatible: every document valid under the published schema is valid under the new one,
 * so stored events and producers still on the published schema stay readable without an upcaster.
 *
 * <p>The check walks both schemas side by side, following {@code $ref}s into other documents of the
 * same release, and reports every place where the new schema is narrower: a property removed from a
 * closed object, a new required property, a type narrowed, an enum value removed, a const changed, a
 * bound, length, multipleOf, pattern or format tightened or added, additional properties closed, a
 * {@code oneOf}/{@code anyOf} option no longer accepted. Loosening and annotations (title,
 * description, examples) are compatible. Where it cannot prove a change safe (a changed pattern, an
 * added {@code not}, {@code if}, ...) it reports it: a false alarm costs a version, a missed one
 * breaks readers.
 */
public final class SchemaCompatibility {

  /** One way in which the new schema rejects documents the published one accepted. */
  public record Incompatibility(String location, String problem) {
    @Override
    public String toString() {
      return location + ": " + problem;
    }
  }

  private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$anchor", "$comment", "$defs",
      "definitions", "title", "description", "examples", "default", "deprecated", "readOnly", "writeOnly",
      "contentMediaType", "contentEncoding", "contentSchema");
  private static final Set<String> COMPARED = Set.of("$ref", "type", "enum", "const", "minimum", "exclusiveMinimum",
      "maximum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "minItems", "maxItems", "minProperties",
      "maxProperties", "pattern", "format", "uniqueItems", "required", "properties", "additionalProperties", "items",
      "oneOf", "anyOf", "allOf");
  private static final Map<String, String> LOWER_LIMITS = Map.of("minLength", "string length", "minItems",
      "number of items", "minProperties", "number of properties");
  private static final Map<String, String> UPPER_LIMITS = Map.of("maxLength", "string length", "maxItems",
      "number of items", "maxProperties", "number of properties");
  private static final JsonNode ANYTHING = JsonNodeFactory.instance.objectNode();

  private final SchemaSource published;
  private final SchemaSource current;

  private SchemaCompatibility(SchemaSource published, SchemaSource current) {
    this.published = published;
    this.current = current;
  }

  /** The check of schemas from {@code current} against those of the same path in {@code published}. */
  public static SchemaCompatibility between(SchemaSource published, SchemaSource current) {
    return new SchemaCompatibility(published, current);
  }

  /** Every incompatibility of the document at {@code path} with its published copy; empty if compatible. */
  public List<Incompatibility> check(String path) {
    JsonNode old = published.read(path).orElseThrow(() -> new IllegalArgumentException(path + " was never published"));
    JsonNode now = current.read(path).orElse(null);
    if (now == null) {
      return List.of(new Incompatibility(path, "removed, but stored events and consumers may still use it"));
    }
    return check(old, now, URI.create(SchemaSource.idOf(path)));
  }

  /** Every incompatibility of {@code now} with {@code old}, two versions of the document whose id is {@code id}. */
  public List<Incompatibility> check(JsonNode old, JsonNode now, URI id) {
    Walk walk = new Walk();
    Node o = new Node(old, baseOf(old, id), old, published);
    Node n = new Node(now, baseOf(now, id), now, current);
    walk.compare(o, n, "$");
    JsonNode oldDefs = old.path("$defs");
    JsonNode newDefs = now.path("$defs");
    oldDefs.fieldNames().forEachRemaining(name -> {
      String location = "#/$defs/" + name;
      if (!newDefs.has(name)) {
        walk.report(location, "definition removed, but schemas may still $ref it");
      } else {
        walk.compare(o.at(oldDefs.get(name)), n.at(newDefs.get(name)), location);
      }
    });
    return List.copyOf(walk.found);
  }

  private static URI baseOf(JsonNode document, URI retrievedFrom) {
    JsonNode id = document.path("$id");
    return id.isTextual() ? retrievedFrom.resolve(id.asText()) : retrievedFrom;
  }

  private static String withoutFragment(URI uri) {
    String text = uri.toString();
    int hash = text.indexOf('#');
    return hash < 0 ? text : text.substring(0, hash);
  }

  /**
   * A subschema, with the document it is in (local {@code $ref}s point into it), that document's
   * base URI (other {@code $ref}s resolve against it) and the release both come from.
   */
  private record Node(JsonNode schema, URI base, JsonNode document, SchemaSource release) {

    Node at(JsonNode child) {
      return new Node(child, base, document, release);
    }

    boolean isFalse() {
      return schema.isBoolean() && !schema.asBoolean();
    }

    JsonNode get(String keyword) {
      return schema.isObject() ? schema.get(keyword) : null;
    }

    boolean has(String keyword) {
      return get(keyword) != null;
    }
  }

  /** One run of the check: what it found, and the $ref pairs being compared (for recursive schemas). */
  private final class Walk {

    private final Set<Incompatibility> found = new LinkedHashSet<>();
    private final Set<String> inProgress = new HashSet<>();

    void report(String location, String problem) {
      found.add(new Incompatibility(location, problem));
    }

    void compare(Node old, Node now, String at) {
      Optional<Node> resolvedOld = resolve(old, at, true);
      Optional<Node> resolvedNow = resolve(now, at, false);
      if (resolvedOld.isEmpty() || resolvedNow.isEmpty()) {
        return;
      }
      // a recursive schema meets the same pair of $refs again inside itself: compared once is enough
      String pair = refOf(old) + " -> " + refOf(now);
      boolean followsRefs = old.has("$ref") || now.has("$ref");
      if (followsRefs && !inProgress.add(pair)) {
        return;
      }
      try {
        compareResolved(resolvedOld.get(), resolvedNow.get(), at);
      } finally {
        if (followsRefs) {
          inProgress.remove(pair);
        }
      }
    }

    private static String refOf(Node node) {
      return node.has("$ref") ? node.base().resolve(node.get("$ref").asText()).toString() : "inline";
    }

    /** The schema {@code node} stands for: its $ref target with its own keywords laid over it. */
    private Optional<Node> resolve(Node node, String at, boolean isPublished) {
      Node resolved = node;
      for (int depth = 0; resolved.has("$ref"); depth++) {
        if (depth > 32) {
          throw new IllegalStateException("$ref chain too deep at " + at);
        }
        URI target = resolved.base().resolve(resolved.get("$ref").asText());
        Optional<Node> referenced = dereference(resolved, target);
        if (referenced.isEmpty()) {
          if (isPublished) {
            throw new IllegalStateException("the published schema's $ref " + target + " at " + at + " does not resolve");
          }
          report(at, "$ref " + target + " does not resolve in this release");
          return Optional.empty();
        }
        resolved = overlay(referenced.get(), resolved);
      }
      return Optional.of(resolved);
    }

    private static Optional<Node> dereference(Node from, URI target) {
      String document = withoutFragment(target);
      String pointer = target.getFragment() == null ? "" : target.getFragment();
      Optional<Node> root = document.equals(withoutFragment(from.base()))
          ? Optional.of(new Node(from.document(), from.base(), from.document(), from.release()))
          : SchemaSource.pathOf(document).flatMap(from.release()::read)
              .map(doc -> new Node(doc, baseOf(doc, URI.create(document)), doc, from.release()));
      return root.flatMap(r -> {
        JsonNode node = pointer.isEmpty() ? r.schema() : r.schema().at(pointer);
        return node.isMissingNode() ? Optional.empty() : Optional.of(r.at(node));
      });
    }

    private static Node overlay(Node target, Node referrer) {
      if (!target.schema().isObject()) {
        return target;
      }
      ObjectNode merged = ((ObjectNode) target.schema()).deepCopy();
      referrer.schema().properties().forEach(field -> {
        if (!field.getKey().equals("$ref") && !ANNOTATIONS.contains(field.getKey())) {
          merged.set(field.getKey(), field.getValue());
        }
      });
      return target.at(merged);
    }

    private void compareResolved(Node old, Node now, String at) {
      if (old.isFalse()) {
        return;
      }
      if (now.isFalse()) {
        report(at, "now rejects every value");
        return;
      }
      if (!now.schema().isObject()) {
        return;
      }
      Node o = old.schema().isObject() ? old : old.at(ANYTHING);
      compareTypes(o, now, at);
      compareValues(o, now, at);
      compareBounds(o, now, at);
      compareMultipleOf(o, now, at);
      LOWER_LIMITS.forEach((keyword, what) -> compareLimit(o, now, at, keyword, what, true));
      UPPER_LIMITS.forEach((keyword, what) -> compareLimit(o, now, at, keyword, what, false));
      compareText(o, now, at, "pattern");
      compareText(o, now, at, "format");
      if (now.schema().path("uniqueItems").asBoolean() && !o.schema().path("uniqueItems").asBoolean()) {
        report(at, "uniqueItems added: repeated items are now rejected");
      }
      compareRequired(o, now, at);
      compareProperties(o, now, at);
      compareItems(o, now, at);
      compareOptions(o, now, at, "oneOf");
      compareOptions(o, now, at, "anyOf");
      compareAllOf(o, now, at);
      compareOtherKeywords(o, now, at);
    }

    private void compareTypes(Node old, Node now, String at) {
      Set<String> accepted = types(now.get("type"));
      if (accepted.isEmpty()) {
        return;
      }
      Set<String> possible = possibleTypes(old);
      if (possible.isEmpty()) {
        report(at, "type " + String.join(" or ", accepted) + " added: the published schema accepted any type");
        return;
      }
      List<String> lost = possible.stream()
          .filter(type -> !accepted.contains(type) && !(type.equals("integer") && accepted.contains("number")))
          .toList();
      if (!lost.isEmpty()) {
        report(at, "type narrowed from " + String.join(" or ", possible) + " to " + String.join(" or ", accepted));
      }
    }

    /** The JSON types a document valid under {@code node} can have; empty for any type. */
    private Set<String> possibleTypes(Node node) {
      Set<String> declared = types(node.get("type"));
      if (!declared.isEmpty()) {
        return declared;
      }
      List<JsonNode> values = allowedValues(node);
      if (values == null) {
        return Set.of();
      }
      return values.stream().map(SchemaCompatibility::typeOf).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void compareValues(Node old, Node now, String at) {
      List<JsonNode> accepted = allowedValues(now);
      if (accepted == null) {
        return;
      }
      List<JsonNode> possible = allowedValues(old);
      String keyword = now.has("const") ? "const" : "enum";
      if (possible == null) {
        report(at, keyword + " added: the published schema accepted other values");
        return;
      }
      List<JsonNode> lost = possible.stream().filter(v -> accepted.stream().noneMatch(a -> sameValue(a, v))).toList();
      if (!lost.isEmpty()) {
        report(at, (now.has("const") && old.has("const") ? "const changed from " + old.get("const") + " to "
            + now.get("const") : "value" + (lost.size() > 1 ? "s " : " ") + join(lost) + " no longer accepted"));
      }
    }

    /** The values {@code node} allows by enum and const together; null when it does not limit them. */
    private List<JsonNode> allowedValues(Node node) {
      List<JsonNode> values = null;
      if (node.has("enum")) {
        values = new ArrayList<>();
        node.get("enum").forEach(values::add);
      }
      if (node.has("const")) {
        JsonNode constant = node.get("const");
        values = values == null || values.stream().anyMatch(v -> sameValue(v, constant)) ? List.of(constant) : List.of();
      }
      return values;
    }

    private void compareBounds(Node old, Node now, String at) {
      boolean integers = possibleTypes(old).equals(Set.of("integer"));
      Bound oldLow = Bound.lower(old, integers);
      Bound newLow = Bound.lower(now, integers);
      if (newLow != null && (oldLow == null || newLow.tighterLowerThan(oldLow))) {
        report(at, oldLow == null ? "lower bound " + newLow + " added" : "lower bound tightened from " + oldLow
            + " to " + newLow);
      }
      Bound oldHigh = Bound.upper(old, integers);
      Bound newHigh = Bound.upper(now, integers);
      if (newHigh != null && (oldHigh == null || newHigh.tighterUpperThan(oldHigh))) {
        report(at, oldHigh == null ? "upper bound " + newHigh + " added" : "upper bound tightened from " + oldHigh
            + " to " + newHigh);
      }
    }

    private void compareMultipleOf(Node old, Node now, String at) {
      if (!now.has("multipleOf")) {
        return;
      }
      BigDecimal divisor = now.get("multipleOf").decimalValue();
      boolean integers = possibleTypes(old).equals(Set.of("integer"));
      if (old.has("multipleOf") && isMultiple(old.get("multipleOf").decimalValue(), divisor)
          || integers && isMultiple(BigDecimal.ONE, divisor)) {
        return;
      }
      report(at, old.has("multipleOf") ? "multipleOf tightened from " + old.get("multipleOf") + " to " + divisor
          : "multipleOf " + divisor.toPlainString() + " added");
    }

    private static boolean isMultiple(BigDecimal value, BigDecimal divisor) {
      return value.remainder(divisor).signum() == 0;
    }

    private void compareLimit(Node old, Node now, String at, String keyword, String what, boolean lower) {
      if (!now.has(keyword)) {
        return;
      }
      long limit = now.get(keyword).asLong();
      if (lower && limit == 0) {
        return;
      }
      if (!old.has(keyword)) {
        report(at, keyword + " " + limit + " added: the " + what + " was not limited");
        return;
      }
      long published = old.get(keyword).asLong();
      if (lower ? limit > published : limit < published) {
        report(at, keyword + " tightened from " + published + " to " + limit);
      }
    }

    private void compareText(Node old, Node now, String at, String keyword) {
      if (!now.has(keyword)) {
        return;
      }
      String value = now.get(keyword).asText();
      if (!old.has(keyword)) {
        report(at, keyword + " '" + value + "' added");
      } else if (!old.get(keyword).asText().equals(value)) {
        report(at, keyword + " changed from '" + old.get(keyword).asText() + "' to '" + value
            + "': values the published " + keyword + " accepted may be rejected");
      }
    }

    private void compareRequired(Node old, Node now, String at) {
      Set<String> before = names(old.get("required"));
      for (String name : names(now.get("required"))) {
        if (!before.contains(name)) {
          report(at + "." + name, "now required: documents without it were valid");
        }
      }
    }

    private void compareProperties(Node old, Node now, String at) {
      JsonNode oldProperties = old.schema().path("properties");
      JsonNode newProperties = now.schema().path("properties");
      JsonNode oldAdditional = old.get("additionalProperties");
      JsonNode newAdditional = now.get("additionalProperties");
      boolean oldClosed = oldAdditional != null && oldAdditional.isBoolean() && !oldAdditional.asBoolean();
      boolean newClosed = newAdditional != null && newAdditional.isBoolean() && !newAdditional.asBoolean();

      oldProperties.properties().forEach(property -> {
        String location = at + "." + property.getKey();
        JsonNode replacement = newProperties.get(property.getKey());
        if (replacement != null) {
          compare(old.at(property.getValue()), now.at(replacement), location);
        } else if (newClosed) {
          report(location, "property removed while additionalProperties is false: documents with it are rejected");
        } else if (newAdditional != null) {
          compare(old.at(property.getValue()), now.at(newAdditional), location);
        }
      });
      if (!oldClosed) {
        Node anyOld = old.at(oldAdditional == null ? ANYTHING : oldAdditional);
        newProperties.properties().forEach(property -> {
          if (!oldProperties.has(property.getKey())) {
            compare(anyOld, now.at(property.getValue()), at + "." + property.getKey());
          }
        });
        if (newClosed) {
          report(at, "additionalProperties closed: properties the published schema allowed are rejected");
        } else if (newAdditional != null) {
          compare(anyOld, now.at(newAdditional), at + ".*");
        }
      }
    }

    private void compareItems(Node old, Node now, String at) {
      JsonNode newItems = now.get("items");
      if (newItems == null) {
        return;
      }
      JsonNode oldItems = old.get("items");
      compare(old.at(oldItems == null ? ANYTHING : oldItems), now.at(newItems), at + "[]");
    }

    /** Each option of the published oneOf/anyOf must still be accepted by an option of the new one. */
    private void compareOptions(Node old, Node now, String at, String keyword) {
      JsonNode newOptions = now.get(keyword);
      if (newOptions == null) {
        return;
      }
      List<Node> oldOptions = new ArrayList<>();
      if (old.has(keyword)) {
        old.get(keyword).forEach(option -> oldOptions.add(old.at(option)));
      } else {
        oldOptions.add(old);
      }
      for (int i = 0; i < oldOptions.size(); i++) {
        Node option = oldOptions.get(i);
        List<List<Incompatibility>> attempts = new ArrayList<>();
        for (JsonNode candidate : newOptions) {
          attempts.add(trial(option, now.at(candidate), at));
        }
        if (attempts.stream().noneMatch(List::isEmpty)) {
          String name = old.has(keyword) ? keyword + " option " + label(option, i) : "the published schema";
          List<Incompatibility> closest = attempts.stream().min(Comparator.comparingInt(List::size)).orElse(List.of());
          report(at, name + " is no longer accepted by any " + keyword + " option"
              + (closest.isEmpty() ? "" : " (closest: " + closest.stream().map(Incompatibility::toString)
              .collect(Collectors.joining("; ")) + ")"));
        }
      }
    }

    private void compareAllOf(Node old, Node now, String at) {
      JsonNode newParts = now.get("allOf");
      if (newParts == null) {
        return;
      }
      JsonNode oldParts = old.get("allOf");
      for (int i = 0; i < newParts.size(); i++) {
        Node part = now.at(newParts.get(i));
        boolean samePlace = oldParts != null && oldParts.size() == newParts.size();
        compare(samePlace ? old.at(oldParts.get(i)) : old, part, at + "(allOf " + i + ")");
      }
    }

    private void compareOtherKeywords(Node old, Node now, String at) {
      now.schema().properties().forEach(field -> {
        String keyword = field.getKey();
        if (ANNOTATIONS.contains(keyword) || COMPARED.contains(keyword)) {
          return;
        }
        JsonNode before = old.get(keyword);
        if (before == null) {
          report(at, keyword + " added: this check cannot show it accepts every published document");
        } else if (!before.equals(field.getValue())) {
          report(at, keyword + " changed: this check cannot show it accepts every published document");
        }
      });
    }

    private List<Incompatibility> trial(Node old, Node now, String at) {
      Walk trial = new Walk();
      trial.inProgress.addAll(inProgress);
      trial.compare(old, now, at);
      return List.copyOf(trial.found);
    }
  }

  /** A lower or upper bound on numbers, inclusive or not. */
  private record Bound(BigDecimal value, boolean exclusive) {

    static Bound lower(Node node, boolean integers) {
      return strictest(node, "minimum", "exclusiveMinimum", integers, true);
    }

    static Bound upper(Node node, boolean integers) {
      return strictest(node, "maximum", "exclusiveMaximum", integers, false);
    }

    private static Bound strictest(Node node, String inclusive, String exclusive, boolean integers, boolean lower) {
      Bound a = node.has(inclusive) ? new Bound(node.get(inclusive).decimalValue(), false) : null;
      Bound b = node.has(exclusive) ? new Bound(node.get(exclusive).decimalValue(), true) : null;
      if (integers) {
        // for integers, > 0 is >= 1 and <= 9.5 is <= 9: compare the integer bounds
        a = a == null ? null : new Bound(a.value.setScale(0, lower ? RoundingMode.CEILING : RoundingMode.FLOOR), false);
        b = b == null ? null : new Bound(lower ? b.value.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE)
            : b.value.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE), false);
      }
      if (a == null || b == null) {
        return a == null ? b : a;
      }
      return lower ? (b.tighterLowerThan(a) ? b : a) : (b.tighterUpperThan(a) ? b : a);
    }

    boolean tighterLowerThan(Bound other) {
      int c = value.compareTo(other.value);
      return c > 0 || c == 0 && exclusive && !other.exclusive;
    }

    boolean tighterUpperThan(Bound other) {
      int c = value.compareTo(other.value);
      return c < 0 || c == 0 && exclusive && !other.exclusive;
    }

    @Override
    public String toString() {
      return (exclusive ? "exclusive " : "") + value.stripTrailingZeros().toPlainString();
    }
  }

  private static Set<String> types(JsonNode type) {
    Set<String> types = new LinkedHashSet<>();
    if (type == null) {
      return types;
    }
    if (type.isTextual()) {
      types.add(type.asText());
    } else {
      type.forEach(t -> types.add(t.asText()));
    }
    return types;
  }

  private static Set<String> names(JsonNode array) {
    Set<String> names = new LinkedHashSet<>();
    if (array != null) {
      array.forEach(name -> names.add(name.asText()));
    }
    return names;
  }

  private static String typeOf(JsonNode value) {
    return switch (value.getNodeType()) {
      case STRING -> "string";
      case BOOLEAN -> "boolean";
      case NULL -> "null";
      case ARRAY -> "array";
      case OBJECT, POJO -> "object";
      case NUMBER -> value.isIntegralNumber() || value.decimalValue().stripTrailingZeros().scale() <= 0
          ? "integer" : "number";
      case BINARY, MISSING -> "unknown";
    };
  }

  private static boolean sameValue(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  private static String join(List<JsonNode> values) {
    return values.stream().map(JsonNode::toString).collect(Collectors.joining(", "));
  }

  private static String label(Node option, int index) {
    JsonNode title = option.schema().path("title");
    return title.isTextual() ? "'" + title.asText() + "'" : "#" + (index + 1);
  }
}
