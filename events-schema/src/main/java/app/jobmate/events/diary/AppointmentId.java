package app.jobmate.events.diary;

import app.jobmate.events.values.Identifier;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** An appointment in the diary: also its stream id. */
public record AppointmentId(UUID value) implements Identifier {

  public AppointmentId {
    Identifier.require(value);
  }

  @JsonCreator
  public static AppointmentId of(String text) {
    return new AppointmentId(Identifier.parse(text));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
