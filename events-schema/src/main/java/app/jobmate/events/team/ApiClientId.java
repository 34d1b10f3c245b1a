package app.jobmate.events.team;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * An API client's id: the identity provider's app client id (Cognito's are 1 to 128 word characters
 * or {@code +}), which is also the {@code client_id} of every token the client is given.
 */
public record ApiClientId(String value) {

  private static final Pattern SHAPE = Pattern.compile("[\\w+]{1,128}");

  public ApiClientId {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("an API client id is 1 to 128 letters, digits, _ or +");
    }
  }

  @JsonCreator
  public static ApiClientId of(String value) {
    return new ApiClientId(value);
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
