package app.jobmate.events.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A job (the jobs context). */
public record JobId(UUID value) implements Identifier {

  public JobId {
    Identifier.require(value);
  }

  @JsonCreator
  public static JobId of(String text) {
    return new JobId(Identifier.parse(text));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
