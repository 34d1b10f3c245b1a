package app.jobmate.events.tasks;

import app.jobmate.events.values.Identifier;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** An item of a task's checklist, unique within the task; client-generated. */
public record ChecklistItemId(UUID value) implements Identifier {

  public ChecklistItemId {
    Identifier.require(value);
  }

  @JsonCreator
  public static ChecklistItemId of(String text) {
    return new ChecklistItemId(Identifier.parse(text));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
