package app.jobmate.projections.quotes;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Where a quote is in its life cycle, as the read side shows it. */
public enum QuoteStatus {
  DRAFT("draft"),
  ISSUED("issued"),
  VIEWED("viewed"),
  ACCEPTED("accepted"),
  DECLINED("declined"),
  EXPIRED("expired"),
  WITHDRAWN("withdrawn");

  private final String wireName;

  QuoteStatus(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  public static Optional<QuoteStatus> find(String wireName) {
    return Arrays.stream(values()).filter(s -> s.wireName.equals(wireName)).findFirst();
  }

  /** Sent and not yet answered. */
  public boolean isAwaitingDecision() {
    return this == ISSUED || this == VIEWED;
  }
}
