package app.jobmate.projections.reports.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  private static String row(String... fields) {
    StringWriter out = new StringWriter();
    new Csv(out).row(List.of(fields));
    return out.toString();
  }

  @Test
  void fields_with_commas_quotes_line_breaks_or_edge_spaces_are_quoted_with_quotes_doubled_and_records_end_in_crlf() {
    assertThat(row("plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", " padded", "", "£5 – café"))
        .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\" padded\",,£5 – café\r\n");
  }

  @Test
  void text_that_a_spreadsheet_would_run_as_a_formula_is_shown_as_text() {
    assertThat(List.of("=1+1", "+44 7700", "-5", "@SUM(A1)", "\tx", "\rx", "Shell", "a=b"))
        .map(Csv::text)
        .containsExactly("'=1+1", "'+44 7700", "'-5", "'@SUM(A1)", "'\tx", "'\rx", "Shell", "a=b");
    assertThat(Csv.text(null)).isEmpty();
    assertThat(row(Csv.text("=HYPERLINK(\"http://x\",\"y\")"))).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n");
  }

  @Test
  void pence_are_pounds_with_two_decimals_and_dates_are_uk_dates() {
    assertThat(List.of(0L, 5L, 99L, 100L, 123_456L, -5L, -1_001L, 100_000_000L)).map(Csv::pounds)
        .containsExactly("0.00", "0.05", "0.99", "1.00", "1234.56", "-0.05", "-10.01", "1000000.00");
    assertThat(Csv.ukDate(LocalDate.of(2026, 4, 5))).isEqualTo("05/04/2026");
  }

  @Test
  void capped_text_counts_utf8_bytes_and_refuses_to_pass_its_cap() {
    CappedText text = new CappedText(10);
    text.write("£é€");
    assertThat(text.bytes()).isEqualTo(2 + 2 + 3);
    text.write("abc");
    assertThat(text.toString()).isEqualTo("£é€abc");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> text.write("d"))
        .isInstanceOf(CappedText.TooLarge.class);
  }
}
