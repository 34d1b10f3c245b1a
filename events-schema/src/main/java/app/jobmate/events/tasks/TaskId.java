package app.jobmate.events.tasks;

import app.jobmate.events.values.Identifier;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A task: also its stream id. */
public record TaskId(UUID value) implements Identifier {

  public TaskId {
    Identifier.require(value);
  }

  @JsonCreator
  public static TaskId of(String text) {
    return new TaskId(Identifier.parse(text));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
