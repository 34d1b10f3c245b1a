package app.jobmate.events.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A person signed in to Jobmate: the token's {@code sub}. */
public record UserId(String value) {

  public UserId {
    if (value == null || value.isBlank() || value.length() > 128) {
      throw new IllegalArgumentException("must be 1 to 128 characters");
    }
  }

  @JsonCreator
  public static UserId of(String value) {
    return new UserId(value);
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
