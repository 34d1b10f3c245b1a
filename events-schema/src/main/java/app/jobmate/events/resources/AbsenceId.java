package app.jobmate.events.resources;

import app.jobmate.events.values.Identifier;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A member's absence (a holiday, a day off sick): named by the client with a UUIDv7 when it is recorded. */
public record AbsenceId(UUID value) implements Identifier {

  public AbsenceId {
    Identifier.require(value);
  }

  @JsonCreator
  public static AbsenceId of(String text) {
    return new AbsenceId(Identifier.parse(text));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
