package app.jobmate.projections.reports.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Rows of RFC 4180 CSV written straight to a {@link Writer}: fields separated by commas, records ended
 * by CRLF, a field with a comma, a double quote, CR or LF (or leading or trailing spaces) quoted, its
 * double quotes doubled. Text a person typed is passed through {@link #text} first, which neutralises
 * spreadsheet formulas: a cell starting with {@code = + - @}, a tab or a CR gets a leading apostrophe,
 * so Excel and Google Sheets show it instead of running it (OWASP's "CSV injection"). Figures and dates
 * written here are never neutralised: they are what an import reads.
 */
public final class Csv {

  private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Writer out;

  public Csv(Writer out) {
    this.out = out;
  }

  /** Writes one record. */
  public void row(List<String> fields) {
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(quoted(fields.get(i)));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String quoted(String field) {
    if (field == null || field.isEmpty()) {
      return "";
    }
    boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\r') >= 0
        || field.indexOf('\n') >= 0 || field.charAt(0) == ' ' || field.charAt(field.length() - 1) == ' ';
    return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  /** Free text as a cell: absent is empty; a would-be formula gets a leading apostrophe. */
  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + value : value;
  }

  /** Pence as pounds with two decimals and no symbol or separators: {@code 1234} is {@code 12.34}. */
  public static String pounds(long pence) {
    long whole = Math.abs(pence) / 100;
    long rest = Math.abs(pence) % 100;
    return (pence < 0 ? "-" : "") + whole + "." + (rest < 10 ? "0" : "") + rest;
  }

  /** A UK date, {@code dd/mm/yyyy}. */
  public static String ukDate(LocalDate date) {
    return date == null ? "" : UK_DATE.format(date);
  }
}
