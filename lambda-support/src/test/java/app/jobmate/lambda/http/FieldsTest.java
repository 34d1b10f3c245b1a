package app.jobmate.lambda.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldsTest {

  private static Fields fields(String json) {
    return Fields.of(JsonBody.parse(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void reads_typed_values_and_reports_nothing_when_all_is_well() {
    Fields f = fields("{\"title\": \"Rewire\", \"count\": 3, \"due\": \"2026-12-01\", \"urgent\": true}").allowOnly("title",
        "count", "due", "urgent");

    assertThat(f.required("title", Reader.text(10))).isEqualTo("Rewire");
    assertThat(f.required("count", Reader.integer(1, 5))).isEqualTo(3L);
    assertThat(f.optional("due", Reader.date())).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(f.optional("urgent", Reader.bool())).isTrue();
    assertThat(f.optional("absent", Reader.bool())).isNull();
    assertThat(f.isValid()).isTrue();
  }

  @Test
  void collects_every_error_with_its_path() {
    Fields f = fields("""
        {"title": 7, "count": 2.5, "due": "1st Dec", "extra": 1, "items": [{"n": "x"}, 3, {"n": 200}]}
        """).allowOnly("title", "count", "due", "items");
    f.required("title", Reader.text(10));
    f.required("count", Reader.integer(1, 5));
    f.required("due", Reader.date());
    f.required("missing", Reader.text(5));
    f.list("items", 5, item -> item.required("n", Reader.integer(0, 100)));

    ProblemException problem = catchThrowableOfType(ProblemException.class, f::throwIfInvalid);

    assertThat(problem.problem().status()).isEqualTo(400);
    assertThat(problem.problem().errors()).extracting(FieldError::field).containsExactly("extra", "title", "count", "due",
        "missing", "items[0].n", "items[1]", "items[2].n");
    assertThat(problem.problem().errors()).extracting(FieldError::detail).contains("must be a string",
        "must be a whole number", "must be a date such as 2026-11-26", "is required", "must be between 0 and 100");
    assertThat(problem.problem().errors().get(5).pointer()).isEqualTo("#/items/0/n");
  }

  @Test
  void a_value_type_refusing_a_value_reports_its_reason() {
    Fields f = fields("{\"code\": \"luxury\"}");
    f.required("code", Reader.text(20, code -> {
      throw new IllegalArgumentException("unknown VAT code '" + code + "'");
    }));

    assertThat(catchThrowableOfType(ProblemException.class, f::throwIfInvalid).problem().errors())
        .containsExactly(FieldError.at("code", "unknown VAT code 'luxury'"));
  }

  @Test
  void lists_are_bounded() {
    Fields f = fields("{\"items\": [{}, {}, {}]}");

    assertThat(f.list("items", 2, item -> item)).isEmpty();
    assertThat(f.isValid()).isFalse();
  }

  @Test
  void nested_objects_report_at_their_full_path() {
    Fields f = fields("{\"discount\": {\"percent\": \"ten\"}}");

    Object read = f.optionalObject("discount", d -> d.required("percent", Reader.decimal()));

    assertThat(read).isNull();
    assertThat(catchThrowableOfType(ProblemException.class, f::throwIfInvalid).problem().errors())
        .extracting(FieldError::field).isEqualTo(List.of("discount.percent"));
  }
}
