package app.jobmate.events.quotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * How VAT is rounded on a quote, chosen by the tenant (HMRC VATREC12010): per line, each line's
 * VAT to the nearest penny; or per document, the VAT of the whole rounded down to the penny.
 */
public enum RoundingPolicy {
  PER_LINE("per-line"),
  PER_DOCUMENT("per-document");

  private final String wireName;

  RoundingPolicy(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static RoundingPolicy fromWireName(String wireName) {
    return Arrays.stream(values()).filter(p -> p.wireName.equals(wireName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown rounding policy '" + wireName
            + "'; expected per-line or per-document"));
  }
}
