package app.jobmate.lambda.http;

import app.jobmate.events.values.Identifier;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads one JSON value into a typed value, or throws {@link IllegalArgumentException} whose
 * message completes the sentence "field ...". Value types validate themselves the same way.
 */
@FunctionalInterface
public interface Reader<T> {

  /** The ISO 8601 calendar date with a four-digit year. */
  Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  T read(JsonNode value);

  /** This reader's value turned into another by {@code then}, which may refuse it the same way. */
  default <R> Reader<R> andThen(Function<T, R> then) {
    return value -> then.apply(read(value));
  }

  /** A non-blank string of at most {@code maxLength} characters. */
  static Reader<String> text(int maxLength) {
    return value -> {
      if (!value.isTextual()) {
        throw new IllegalArgumentException("must be a string");
      }
      String text = value.textValue();
      if (text.isBlank()) {
        throw new IllegalArgumentException("must not be blank");
      }
      if (text.length() > maxLength) {
        throw new IllegalArgumentException("must be at most " + maxLength + " characters");
      }
      return text;
    };
  }

  /** A string turned into a value type by {@code parse}, which validates it. */
  static <T> Reader<T> text(int maxLength, Function<String, T> parse) {
    Reader<String> text = text(maxLength);
    return value -> parse.apply(text.read(value));
  }

  /**
   * The id of a record, as the client made it: a canonical UUIDv7 string (see
   * {@code Identifier.parseVersion7}), turned into its value type by {@code parse}.
   */
  static <T> Reader<T> id(Function<String, T> parse) {
    return text(36, text -> {
      Identifier.parseVersion7(text);
      return parse.apply(text);
    });
  }

  /** A whole number from {@code min} to {@code max}; 12.0 is not whole enough, nor is "12". */
  static Reader<Long> integer(long min, long max) {
    return value -> {
      if (!value.isIntegralNumber()) {
        throw new IllegalArgumentException("must be a whole number");
      }
      if (!value.canConvertToLong() || value.longValue() < min || value.longValue() > max) {
        throw new IllegalArgumentException("must be between " + min + " and " + max);
      }
      return value.longValue();
    };
  }

  /** An exact decimal number (never a binary floating point). */
  static Reader<BigDecimal> decimal() {
    return value -> {
      if (!value.isNumber()) {
        throw new IllegalArgumentException("must be a number");
      }
      return value.decimalValue();
    };
  }

  static <T> Reader<T> decimal(Function<BigDecimal, T> parse) {
    Reader<BigDecimal> decimal = decimal();
    return value -> parse.apply(decimal.read(value));
  }

  static Reader<Boolean> bool() {
    return value -> {
      if (!value.isBoolean()) {
        throw new IllegalArgumentException("must be true or false");
      }
      return value.booleanValue();
    };
  }

  /**
   * An ISO-8601 calendar date with a four-digit year, {@code 2026-11-26} (ISO 8601 also spells
   * {@code +999999-01-01}, which no business date is).
   */
  static Reader<LocalDate> date() {
    return value -> {
      if (!value.isTextual() || !DATE.matcher(value.textValue()).matches()) {
        throw new IllegalArgumentException("must be a date such as 2026-11-26");
      }
      try {
        return LocalDate.parse(value.textValue());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("must be a date such as 2026-11-26");
      }
    };
  }

  /** A date ({@link #date()}) from {@code earliest} to {@code latest}, both included. */
  static Reader<LocalDate> date(LocalDate earliest, LocalDate latest) {
    return date().andThen(date -> {
      if (date.isBefore(earliest) || date.isAfter(latest)) {
        throw new IllegalArgumentException("must be from " + earliest + " to " + latest);
      }
      return date;
    });
  }
}
