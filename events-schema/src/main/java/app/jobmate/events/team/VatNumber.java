package app.jobmate.events.team;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * A UK VAT registration number as HMRC issues it: {@code GB} and 9 digits, 12 digits for a branch
 * trader, or {@code GBGD}/{@code GBHA} and 3 digits for a government department or health authority.
 * Spaces are dropped and letters upper-cased, so {@code gb 123 4567 89} is {@code GB123456789}.
 */
public record VatNumber(String value) {

  private static final Pattern SHAPE = Pattern.compile("GB([0-9]{9}|[0-9]{12}|GD[0-4][0-9]{2}|HA[5-9][0-9]{2})");

  public VatNumber {
    value = value == null ? null : value.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("must be a UK VAT number: GB and 9 or 12 digits (GB123456789)");
    }
  }

  @JsonCreator
  public static VatNumber of(String value) {
    return new VatNumber(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
