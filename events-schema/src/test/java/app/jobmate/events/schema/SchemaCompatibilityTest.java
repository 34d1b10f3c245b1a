package app.jobmate.events.schema;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventJson;
import app.jobmate.events.schema.SchemaCompatibility.Incompatibility;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The checker on small hand-made pairs: published schema first, new schema second. */
class SchemaCompatibilityTest {

  private static final URI ID = URI.create(SchemaSource.BASE_URI + "quotes/Thing.v1.json");
  private static final String COMMON = SchemaSource.BASE_URI + "common/values.v1.json";

  @Nested
  class Properties {

    @Test
    void removing_a_property_of_a_closed_object_is_incompatible() {
      assertThat(check("""
          {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}, "additionalProperties": false}
          """, """
          {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": false}
          """)).singleElement().satisfies(i -> {
            assertThat(i.location()).isEqualTo("$.b");
            assertThat(i.problem()).contains("removed");
          });
    }

    @Test
    void removing_a_property_of_an_open_object_is_compatible() {
      assertThat(check("""
          {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}}
          """, """
          {"type": "object", "properties": {"a": {"type": "string"}}}
          """)).isEmpty();
    }

    @Test
    void a_new_optional_property_of_a_closed_object_is_compatible() {
      assertThat(check("""
          {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"], "additionalProperties": false}
          """, """
          {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "integer", "minimum": 1}},
           "required": ["a"], "additionalProperties": false}
          """)).isEmpty();
    }

    @Test
    void a_new_constrained_property_where_the_published_object_was_open_is_incompatible() {
      assertThat(check("""
          {"type": "object", "properties": {"a": {"type": "string"}}}
          """, """
          {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "integer"}}}
          """)).singleElement().satisfies(i -> {
            assertThat(i.location()).isEqualTo("$.b");
            assertThat(i.problem()).contains("type integer added");
          });
    }

    @Test
    void a_new_required_property_is_incompatible() {
      assertThat(check("""
          {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"], "additionalProperties": false}
          """, """
          {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
           "required": ["a", "b"], "additionalProperties": false}
          """)).singleElement().satisfies(i -> {
            assertThat(i.location()).isEqualTo("$.b");
            assertThat(i.problem()).contains("now required");
          });
    }

    @Test
    void making_an_optional_property_required_is_incompatible() {
      assertThat(check("""
          {"type": "object", "properties": {"a": {"type": "string"}}}
          """, """
          {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}
          """)).extracting(Incompatibility::location).containsExactly("$.a");
    }

    @Test
    void making_a_required_property_optional_is_compatible() {
      assertThat(check("""
          {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}
          """, """
          {"type": "object", "properties": {"a": {"type": "string"}}}
          """)).isEmpty();
    }

    @Test
    void closing_additional_properties_is_incompatible() {
      assertThat(check("""
          {"type": "object", "properties": {"a": {"type": "string"}}}
          """, """
          {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": false}
          """)).singleElement().satisfies(i -> assertThat(i.problem()).contains("additionalProperties closed"));
    }

    @Test
    void opening_additional_properties_is_compatible() {
      assertThat(check("""
          {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": false}
          """, """
          {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": true}
          """)).isEmpty();
    }

    @Test
    void a_change_deep_inside_names_the_property_by_its_path() {
      assertThat(check("""
          {"type": "object", "properties": {"line": {"type": "object", "properties": {
            "quantity": {"type": "number", "maximum": 1000000}}}}}
          """, """
          {"type": "object", "properties": {"line": {"type": "object", "properties": {
            "quantity": {"type": "number", "maximum": 1000}}}}}
          """)).singleElement().satisfies(i -> {
            assertThat(i.location()).isEqualTo("$.line.quantity");
            assertThat(i).hasToString("$.line.quantity: upper bound tightened from 1000000 to 1000");
          });
    }
  }

  @Nested
  class Types {

    @Test
    void changing_a_type_is_incompatible() {
      assertThat(check("""
          {"type": "string"}
          """, """
          {"type": "integer"}
          """)).singleElement().satisfies(i -> assertThat(i.problem()).contains("type narrowed from string to integer"));
    }

    @Test
    void narrowing_number_to_integer_is_incompatible() {
      assertThat(check("""
          {"type": "number"}
          """, """
          {"type": "integer"}
          """)).hasSize(1);
    }

    @Test
    void widening_integer_to_number_or_adding_a_type_is_compatible() {
      assertThat(check("""
          {"type": "integer"}
          """, """
          {"type": "number"}
          """)).isEmpty();
      assertThat(check("""
          {"type": "string"}
          """, """
          {"type": ["string", "null"]}
          """)).isEmpty();
    }

    @Test
    void adding_a_type_where_there_was_none_is_incompatible_unless_the_values_already_had_it() {
      assertThat(check("{}", """
          {"type": "string"}
          """)).singleElement().satisfies(i -> assertThat(i.problem()).contains("type string added"));
      assertThat(check("""
          {"enum": ["a", "b"]}
          """, """
          {"type": "string", "enum": ["a", "b"]}
          """)).isEmpty();
    }

    @Test
    void removing_the_type_is_compatible() {
      assertThat(check("""
          {"type": "string"}
          """, "{}")).isEmpty();
    }

    @Test
    void a_schema_that_rejects_everything_is_incompatible_and_one_that_accepts_everything_is_not() {
      assertThat(check("""
          {"type": "string"}
          """, "false")).singleElement().satisfies(i -> assertThat(i.problem()).contains("rejects every value"));
      assertThat(check("""
          {"type": "string"}
          """, "true")).isEmpty();
    }
  }

  @Nested
  class EnumsAndConstants {

    @Test
    void removing_an_enum_value_is_incompatible() {
      assertThat(check("""
          {"type": "string", "enum": ["price", "timing", "other"]}
          """, """
          {"type": "string", "enum": ["price", "other"]}
          """)).singleElement().satisfies(i -> assertThat(i.problem()).contains("\"timing\"").contains("no longer"));
    }

    @Test
    void widening_an_enum_is_compatible() {
      assertThat(check("""
          {"type": "string", "enum": ["price", "other"]}
          """, """
          {"type": "string", "enum": ["price", "timing", "other"]}
          """)).isEmpty();
    }

    @Test
    void adding_an_enum_is_incompatible_and_dropping_it_is_compatible() {
      assertThat(check("""
          {"type": "string"}
          """, """
          {"type": "string", "enum": ["a"]}
          """)).singleElement().satisfies(i -> assertThat(i.problem()).contains("enum added"));
      assertThat(check("""
          {"type": "string", "enum": ["a"]}
          """, """
          {"type": "string"}
          """)).isEmpty();
    }

    @Test
    void changing_a_const_is_incompatible() {
      assertThat(check("""
          {"const": "quote"}
          """, """
          {"const": "job"}
          """)).singleElement().satisfies(i -> assertThat(i.problem()).contains("const changed"));
    }

    @Test
    void a_const_widened_to_an_enum_that_holds_it_is_compatible() {
      assertThat(check("""
          {"const": "quote"}
          """, """
          {"enum": ["quote", "job"]}
          """)).isEmpty();
      assertThat(check("""
          {"const": 1}
          """, """
          {"const": 1.0}
          """)).isEmpty();
    }
  }

  @Nested
  class Bounds {

    @Test
    void raising_a_minimum_is_incompatible_and_lowering_it_is_compatible() {
      assertThat(check("""
          {"type": "integer", "minimum": 0}
          """, """
          {"type": "integer", "minimum": 1}
          """)).singleElement().satisfies(i -> assertThat(i.problem()).isEqualTo("lower bound tightened from 0 to 1"));
      assertThat(check("""
          {"type": "integer", "minimum": 1}
          """, """
          {"type": "integer", "minimum": 0}
          """)).isEmpty();
    }

    @Test
    void adding_a_bound_is_incompatible_and_removing_it_is_compatible() {
      assertThat(check("""
          {"type": "number"}
          """, """
          {"type": "number", "maximum": 100}
          """)).singleElement().satisfies(i -> assertThat(i.problem()).contains("upper bound 100 added"));
      assertThat(check("""
          {"type": "number", "maximum": 100}
          """, """
          {"type": "number"}
          """)).isEmpty();
    }

    @Test
    void lowering_a_maximum_is_incompatible_and_raising_it_is_compatible() {
      assertThat(check("""
          {"type": "number", "maximum": 100}
          """, """
          {"type": "number", "maximum": 99.99}
          """)).hasSize(1);
      assertThat(check("""
          {"type": "number", "maximum": 100}
          """, """
          {"type": "number", "maximum": 1000}
          """)).isEmpty();
    }

    @Test
    void an_exclusive_bound_at_the_same_value_is_tighter_for_numbers() {
      assertThat(check("""
          {"type": "number", "minimum": 0}
          """, """
          {"type": "number", "exclusiveMinimum": 0}
          """)).singleElement().satisfies(i -> assertThat(i.problem()).contains("exclusive 0"));
      assertThat(check("""
          {"type": "number", "exclusiveMinimum": 0}
          """, """
          {"type": "number", "minimum": 0}
          """)).isEmpty();
    }

    @Test
    void for_integers_more_than_0_is_the_same_as_at_least_1() {
      assertThat(check("""
          {"type": "integer", "exclusiveMinimum": 0}
          """, """
          {"type": "integer", "minimum": 1}
          """)).isEmpty();
      assertThat(check("""
          {"type": "integer", "minimum": 1}
          """, """
          {"type": "integer", "exclusiveMinimum": 0}
          """)).isEmpty();
    }

    @Test
    void tightening_a_length_is_incompatible_and_loosening_it_is_compatible() {
      assertThat(check("""
          {"type": "string", "minLength": 1, "maxLength": 2000}
          """, """
          {"type": "string", "minLength": 2, "maxLength": 200}
          """)).extracting(Incompatibility::problem)
          .containsExactlyInAnyOrder("minLength tightened from 1 to 2", "maxLength tightened from 2000 to 200");
      assertThat(check("""
          {"type": "string", "minLength": 2, "maxLength": 200}
          """, """
          {"type": "string", "minLength": 1, "maxLength": 2000}
          """)).isEmpty();
    }

    @Test
    void adding_a_length_is_incompatible_except_a_minimum_of_0() {
      assertThat(check("""
          {"type": "string"}
          """, """
          {"type": "string", "maxLength": 10}
          """)).singleElement().satisfies(i -> assertThat(i.problem()).contains("maxLength 10 added"));
      assertThat(check("""
          {"type": "string"}
          """, """
          {"type": "string", "minLength": 0}
          """)).isEmpty();
    }

    @Test
    void a_finer_multiple_of_is_compatible_and_a_coarser_one_is_not() {
      assertThat(check("""
          {"type": "number", "multipleOf": 0.01}
          """, """
          {"type": "number", "multipleOf": 0.001}
          """)).isEmpty();
      assertThat(check("""
          {"type": "number", "multipleOf": 0.001}
          """, """
          {"type": "number", "multipleOf": 0.01}
          """)).singleElement().satisfies(i -> assertThat(i.problem()).contains("multipleOf tightened"));
    }

    @Test
    void adding_multiple_of_is_incompatible_unless_every_integer_already_was_one() {
      assertThat(check("""
          {"type": "number"}
          """, """
          {"type": "number", "multipleOf": 0.001}
          """)).singleElement().satisfies(i -> assertThat(i.problem()).contains("multipleOf 0.001 added"));
      assertThat(check("""
          {"type": "integer"}
          """, """
          {"type": "integer", "multipleOf": 0.5}
          """)).isEmpty();
      assertThat(check("""
          {"type": "integer"}
          """, """
          {"type": "integer", "multipleOf": 2}
          """)).hasSize(1);
    }

    @Test
    void tightening_array_sizes_or_requiring_unique_items_is_incompatible() {
      assertThat(check("""
          {"type": "array", "items": {"type": "string"}}
          """, """
          {"type": "array", "items": {"type": "string"}, "minItems": 1, "uniqueItems": true}
          """)).extracting(Incompatibility::problem).hasSize(2)
          .anySatisfy(p -> assertThat(p).contains("minItems 1 added"))
          .anySatisfy(p -> assertThat(p).contains("uniqueItems added"));
      assertThat(check("""
          {"type": "array", "minItems": 1, "uniqueItems": true}
          """, """
          {"type": "array"}
          """)).isEmpty();
    }

    @Test
    void narrowing_the_items_of_an_array_names_them() {
      assertThat(check("""
          {"type": "object", "properties": {"lines": {"type": "array", "items": {"type": "number"}}}}
          """, """
          {"type": "object", "properties": {"lines": {"type": "array", "items": {"type": "integer"}}}}
          """)).extracting(Incompatibility::location).containsExactly("$.lines[]");
    }
  }

  @Nested
  class PatternsAndFormats {

    @Test
    void adding_or_changing_a_pattern_is_incompatible() {
      assertThat(check("""
          {"type": "string"}
          """, """
          {"type": "string", "pattern": "^[a-z]+$"}
          """)).singleElement().satisfies(i -> assertThat(i.problem()).contains("pattern '^[a-z]+$' added"));
      assertThat(check("""
          {"type": "string", "pattern": "^[a-z]+$"}
          """, """
          {"type": "string", "pattern": "^[a-z0-9]+$"}
          """)).singleElement().satisfies(i -> assertThat(i.problem()).contains("pattern changed"));
    }

    @Test
    void removing_a_pattern_is_compatible() {
      assertThat(check("""
          {"type": "string", "pattern": "^[a-z]+$"}
          """, """
          {"type": "string"}
          """)).isEmpty();
    }

    @Test
    void adding_or_changing_a_format_is_incompatible_and_removing_it_is_compatible() {
      assertThat(check("""
          {"type": "string"}
          """, """
          {"type": "string", "format": "uuid"}
          """)).singleElement().satisfies(i -> assertThat(i.problem()).contains("format 'uuid' added"));
      assertThat(check("""
          {"type": "string", "format": "date"}
          """, """
          {"type": "string", "format": "date-time"}
          """)).hasSize(1);
      assertThat(check("""
          {"type": "string", "format": "date"}
          """, """
          {"type": "string"}
          """)).isEmpty();
    }
  }

  @Nested
  class Annotations {

    @Test
    void titles_descriptions_and_examples_may_change_freely() {
      assertThat(check("""
          {"title": "A", "description": "old", "examples": [1], "$comment": "x", "type": "integer"}
          """, """
          {"title": "B", "description": "new", "examples": [2, 3], "deprecated": true, "type": "integer"}
          """)).isEmpty();
    }

    @Test
    void a_keyword_the_check_cannot_reason_about_is_reported_when_added_or_changed() {
      assertThat(check("""
          {"type": "string"}
          """, """
          {"type": "string", "not": {"const": "x"}}
          """)).singleElement().satisfies(i -> assertThat(i.problem()).startsWith("not added"));
      assertThat(check("""
          {"type": "string", "not": {"const": "x"}}
          """, """
          {"type": "string", "not": {"const": "x"}}
          """)).isEmpty();
    }
  }

  @Nested
  class Options {

    private static final String PERCENT_OR_AMOUNT = """
        {"oneOf": [
          {"title": "percent", "type": "object", "properties": {"percent": {"type": "number"}},
           "required": ["percent"], "additionalProperties": false},
          {"title": "amount", "type": "object", "properties": {"amount": {"type": "integer"}},
           "required": ["amount"], "additionalProperties": false}]}
        """;

    @Test
    void removing_an_option_is_incompatible() {
      assertThat(check(PERCENT_OR_AMOUNT, """
          {"oneOf": [
            {"title": "percent", "type": "object", "properties": {"percent": {"type": "number"}},
             "required": ["percent"], "additionalProperties": false}]}
          """)).singleElement().satisfies(i -> assertThat(i.problem()).contains("option 'amount'"));
    }

    @Test
    void narrowing_an_option_is_incompatible() {
      assertThat(check(PERCENT_OR_AMOUNT, PERCENT_OR_AMOUNT.replace("\"type\": \"number\"",
          "\"type\": \"number\", \"maximum\": 50"))).singleElement()
          .satisfies(i -> assertThat(i.problem()).contains("option 'percent'").contains("upper bound 50 added"));
    }

    @Test
    void adding_an_option_or_reordering_them_is_compatible() {
      assertThat(check(PERCENT_OR_AMOUNT, """
          {"oneOf": [
            {"type": "object", "properties": {"fraction": {"type": "number"}}, "required": ["fraction"]},
            {"type": "object", "properties": {"amount": {"type": "integer"}},
             "required": ["amount"], "additionalProperties": false},
            {"type": "object", "properties": {"percent": {"type": "number"}},
             "required": ["percent"], "additionalProperties": false}]}
          """)).isEmpty();
    }
  }

  @Nested
  class References {

    private static final String VALUES_V1 = """
        {"$id": "%s", "$defs": {
          "quantity": {"type": "number", "exclusiveMinimum": 0, "maximum": 1000000, "multipleOf": 0.001},
          "vatCode": {"enum": ["standard", "reduced", "zero"]},
          "positive": {"type": "integer", "minimum": 1},
          "count": {"type": "integer", "minimum": 0}}}
        """.formatted(COMMON);
    private static final String EVENT = """
        {"$id": "%s", "type": "object", "additionalProperties": false, "properties": {
          "quantity": {"$ref": "%s#/$defs/quantity", "description": "how many"},
          "vatCode": {"$ref": "%s#/$defs/vatCode"},
          "count": {"$ref": "%s#/$defs/positive"}}}
        """.formatted(ID, COMMON, COMMON, COMMON);

    @Test
    void narrowing_a_shared_definition_is_found_through_the_ref_and_named_by_property() {
      String narrowed = VALUES_V1.replace("\"maximum\": 1000000", "\"maximum\": 1000");

      List<Incompatibility> found = checkWithCommon(EVENT, VALUES_V1, EVENT, narrowed);

      assertThat(found).singleElement().satisfies(i -> {
        assertThat(i.location()).isEqualTo("$.quantity");
        assertThat(i.problem()).contains("upper bound tightened from 1000000 to 1000");
      });
    }

    @Test
    void widening_a_shared_definition_is_compatible() {
      String widened = VALUES_V1.replace("\"zero\"]", "\"zero\", \"exempt\"]");

      assertThat(checkWithCommon(EVENT, VALUES_V1, EVENT, widened)).isEmpty();
    }

    @Test
    void pointing_a_ref_at_a_wider_definition_is_compatible_and_at_a_narrower_one_is_not() {
      String wider = EVENT.replace("#/$defs/positive", "#/$defs/count");
      assertThat(checkWithCommon(EVENT, VALUES_V1, wider, VALUES_V1)).isEmpty();
      assertThat(checkWithCommon(wider, VALUES_V1, EVENT, VALUES_V1)).singleElement()
          .satisfies(i -> assertThat(i.location()).isEqualTo("$.count"));
    }

    @Test
    void a_ref_that_no_longer_resolves_is_incompatible() {
      String dangling = EVENT.replace("#/$defs/vatCode", "#/$defs/vatCodes");

      assertThat(checkWithCommon(EVENT, VALUES_V1, dangling, VALUES_V1)).singleElement()
          .satisfies(i -> assertThat(i.problem()).contains("does not resolve"));
    }

    @Test
    void a_shared_definition_removed_is_incompatible_even_if_no_event_uses_it() {
      SchemaCompatibility compatibility = SchemaCompatibility.between(source(Map.of()), source(Map.of()));

      String withoutCount = VALUES_V1.substring(0, VALUES_V1.indexOf(",\n  \"count\"")) + "}}";

      List<Incompatibility> found = compatibility.check(json(VALUES_V1), json(withoutCount), URI.create(COMMON));

      assertThat(found).extracting(Incompatibility::toString).containsExactly(
          "#/$defs/count: definition removed, but schemas may still $ref it");
    }

    @Test
    void a_local_ref_is_followed_within_its_document() {
      String published = """
          {"$id": "%s", "type": "object", "properties": {"a": {"$ref": "#/$defs/small"}},
           "$defs": {"small": {"type": "integer", "maximum": 10}}}
          """.formatted(ID);

      assertThat(check(published, published.replace("10}}", "5}}"))).extracting(Incompatibility::location)
          .contains("$.a", "#/$defs/small");
    }

    @Test
    void a_recursive_schema_is_compared_without_end() {
      String tree = """
          {"$id": "%s", "$ref": "#/$defs/node", "$defs": {"node": {"type": "object", "properties": {
            "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}}}
          """.formatted(ID);

      assertThat(check(tree, tree)).isEmpty();
    }

    private List<Incompatibility> checkWithCommon(String oldEvent, String oldCommon, String newEvent,
                                                  String newCommon) {
      SchemaCompatibility compatibility = SchemaCompatibility.between(
          source(Map.of("common/values.v1.json", oldCommon)), source(Map.of("common/values.v1.json", newCommon)));
      return compatibility.check(json(oldEvent), json(newEvent), ID);
    }
  }

  @Test
  void a_document_removed_from_a_release_is_incompatible() {
    String path = "quotes/Thing.v1.json";
    SchemaCompatibility compatibility = SchemaCompatibility.between(source(Map.of(path, "{\"type\": \"object\"}")),
        source(Map.of()));

    assertThat(compatibility.check(path)).singleElement().satisfies(i -> assertThat(i.problem()).contains("removed"));
  }

  private static List<Incompatibility> check(String published, String current) {
    return SchemaCompatibility.between(source(Map.of()), source(Map.of())).check(json(published), json(current), ID);
  }

  private static SchemaSource source(Map<String, String> documents) {
    return path -> Optional.ofNullable(documents.get(path)).map(SchemaCompatibilityTest::json);
  }

  private static JsonNode json(String text) {
    try {
      return EventJson.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
