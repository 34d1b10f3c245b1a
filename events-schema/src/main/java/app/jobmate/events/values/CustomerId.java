package app.jobmate.events.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A customer of the business (the customers context). */
public record CustomerId(UUID value) implements Identifier {

  public CustomerId {
    Identifier.require(value);
  }

  @JsonCreator
  public static CustomerId of(String text) {
    return new CustomerId(Identifier.parse(text));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
