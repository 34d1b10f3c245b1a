package app.jobmate.events.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;

/** A UK tax year: from 6 April of {@code startYear} to 5 April of the next year. */
public record TaxYear(int startYear) implements Comparable<TaxYear> {

  public TaxYear {
    if (startYear < 1999 || startYear > 2100) {
      throw new IllegalArgumentException("a tax year from 1999 to 2100");
    }
  }

  /** The tax year {@code date} is in. */
  public static TaxYear of(LocalDate date) {
    LocalDate sixthOfApril = LocalDate.of(date.getYear(), 4, 6);
    return new TaxYear(date.isBefore(sixthOfApril) ? date.getYear() - 1 : date.getYear());
  }

  public LocalDate firstDay() {
    return LocalDate.of(startYear, 4, 6);
  }

  public LocalDate lastDay() {
    return LocalDate.of(startYear + 1, 4, 5);
  }

  /** A tax year as HMRC writes it, {@code 2026-27}: the wire form. */
  @JsonCreator
  public static TaxYear parse(String text) {
    if (text == null || !text.matches("\\d{4}-\\d{2}")) {
      throw new IllegalArgumentException("a tax year is written 2026-27");
    }
    TaxYear year = new TaxYear(Integer.parseInt(text.substring(0, 4)));
    if (!year.toString().equals(text)) {
      throw new IllegalArgumentException("a tax year runs from one year to the next: " + year + ", not " + text);
    }
    return year;
  }

  /** As HMRC writes it: {@code 2026-27}. */
  @JsonValue
  @Override
  public String toString() {
    return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
  }

  @Override
  public int compareTo(TaxYear other) {
    return Integer.compare(startYear, other.startYear);
  }
}
