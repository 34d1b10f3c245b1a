package app.jobmate.projections.quotes.list;

import java.util.Arrays;
import java.util.Optional;

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
