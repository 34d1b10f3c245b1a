package app.jobmate.lambda.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBodyTest {

  private static int statusOf(String body) {
    return catchThrowableOfType(ProblemException.class, () -> JsonBody.parse(body.getBytes(StandardCharsets.UTF_8)))
        .problem().status();
  }

  @Test
  void an_empty_body_reads_as_an_empty_object() {
    assertThat(JsonBody.parse(new byte[0]).isEmpty()).isTrue();
  }

  @Test
  void numbers_keep_their_decimals_exactly() {
    assertThat(JsonBody.parse("{\"q\": 0.333}".getBytes(StandardCharsets.UTF_8)).get("q").decimalValue())
        .isEqualByComparingTo("0.333");
  }

  @Test
  void malformed_truncated_duplicated_or_trailing_json_is_400() {
    assertThat(statusOf("{\"a\": ")).isEqualTo(400);
    assertThat(statusOf("{\"a\": 1, \"a\": 2}")).isEqualTo(400);
    assertThat(statusOf("{\"a\": 1} {\"b\": 2}")).isEqualTo(400);
    assertThat(statusOf("[1, 2]")).isEqualTo(400);
    assertThat(statusOf("{\"a\": NaN}")).isEqualTo(400);
  }

  @Test
  void limits_on_depth_and_lengths_are_400() {
    assertThat(statusOf("{\"a\": " + "[".repeat(20) + "]".repeat(20) + "}")).isEqualTo(400);
    assertThat(statusOf("{\"a\": \"" + "x".repeat(20_001) + "\"}")).isEqualTo(400);
    assertThat(statusOf("{\"a\": 1" + "0".repeat(40) + "}")).isEqualTo(400);
  }

  @Test
  void a_body_over_the_limit_is_413_before_it_is_read() {
    byte[] big = new byte[JsonBody.DEFAULT_MAX_BYTES + 1];

    assertThat(catchThrowableOfType(ProblemException.class, () -> JsonBody.parse(big)).problem().status()).isEqualTo(413);
  }

  @Test
  void every_string_that_is_not_well_formed_unicode_is_a_400_naming_its_field() {
    String body = "{\"title\": \"x\\ud800y\", \"lines\": [{\"description\": \"ok\"}, {\"description\": \"\\udc00\"}],"
        + " \"notes\": \"a\\u0000b\", \"fine\": \"\\ud83d\\ude00 pairs are fine\"}";

    Problem problem = catchThrowableOfType(ProblemException.class,
        () -> JsonBody.parse(body.getBytes(StandardCharsets.UTF_8))).problem();

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.errors()).extracting(FieldError::field)
        .containsExactlyInAnyOrder("title", "lines[1].description", "notes");
    assertThat(problem.errors()).allSatisfy(e -> assertThat(e.detail()).containsAnyOf("unpaired surrogate", "NUL"));
  }

  @Test
  void a_field_name_with_a_broken_surrogate_pair_is_400() {
    assertThat(statusOf("{\"\\ud800\": 1}")).isEqualTo(400);
    assertThat(statusOf("{\"a\\ud800b\": 1}")).isEqualTo(400);
    assertThat(statusOf("{\"\\udc00\": 1}")).isEqualTo(400);
  }

  @Test
  void a_surrogate_pair_is_well_formed() {
    assertThat(JsonBody.parse("{\"t\": \"\\ud83d\\ude00\"}".getBytes(StandardCharsets.UTF_8)).get("t").textValue())
        .isEqualTo("\uD83D\uDE00");
  }
}
