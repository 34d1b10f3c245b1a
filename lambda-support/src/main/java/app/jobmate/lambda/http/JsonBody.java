package app.jobmate.lambda.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import app.jobmate.events.values.UnicodeText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Strict parsing of request bodies (docs/, "Errors and inputs"): a size limit (413), then JSON with
 * limits on nesting depth, string and number length, no duplicate keys, nothing after the document,
 * and every string well-formed Unicode ({@link UnicodeText}: JSON's {@code \ud800} escape
 * can spell a lone surrogate, which no store can write as UTF-8), each ill-formed one named.
 */
public final class JsonBody {

  public static final int DEFAULT_MAX_BYTES = 256 * 1024;

  private static final ObjectMapper STRICT = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(16)
              .maxNumberLength(32)
              .maxStringLength(20_000)
              .maxNameLength(100)
              .build())
          .build())
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private JsonBody() {
  }

  /** The body as a JSON object tree; an empty body reads as {@code {}}. */
  public static JsonNode parse(byte[] body) {
    return parse(body, DEFAULT_MAX_BYTES);
  }

  public static JsonNode parse(byte[] body, int maxBytes) {
    if (body.length > maxBytes) {
      throw new ProblemException(Problem.tooLarge("the body is " + body.length + " bytes; at most " + maxBytes + " are accepted"));
    }
    if (body.length == 0) {
      return STRICT.createObjectNode();
    }
    JsonNode node;
    try {
      node = STRICT.readTree(body);
    } catch (StreamConstraintsException e) {
      throw new ProblemException(Problem.malformed("the JSON exceeds a limit: " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ProblemException(Problem.malformed("the body is not valid JSON: " + firstLine(e.getMessage())));
    }
    if (node == null || node.isMissingNode()) {
      return STRICT.createObjectNode();
    }
    if (!node.isObject()) {
      throw new ProblemException(Problem.invalidInput(List.of(FieldError.at("", "must be a JSON object"))));
    }
    List<FieldError> illFormed = new ArrayList<>();
    collectIllFormed(node, "", illFormed);
    if (!illFormed.isEmpty()) {
      throw new ProblemException(Problem.invalidInput(illFormed));
    }
    return node;
  }

  private static void collectIllFormed(JsonNode node, String path, List<FieldError> errors) {
    if (node.isTextual()) {
      String problem = UnicodeText.problemOf(node.textValue());
      if (problem != null) {
        errors.add(FieldError.at(path, problem));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectIllFormed(node.get(i), path + "[" + i + "]", errors);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        // the parser itself refuses a name with a broken surrogate pair
        Map.Entry<String, JsonNode> field = fields.next();
        collectIllFormed(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), errors);
      }
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
