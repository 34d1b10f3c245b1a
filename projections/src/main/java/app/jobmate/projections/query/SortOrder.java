package app.jobmate.projections.query;

import java.util.Arrays;
import java.util.Optional;

/** The direction of a list's order; ties are broken by the stream id in the same direction. */
public enum SortOrder {
  ASC("asc"),
  DESC("desc");

  private final String wireName;

  SortOrder(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<SortOrder> find(String wireName) {
    return Arrays.stream(values()).filter(o -> o.wireName.equals(wireName)).findFirst();
  }
}
