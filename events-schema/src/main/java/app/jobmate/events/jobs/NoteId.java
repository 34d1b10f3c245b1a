package app.jobmate.events.jobs;

import app.jobmate.events.values.Identifier;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A note on a job, unique within it. */
public record NoteId(UUID value) implements Identifier {

  public NoteId {
    Identifier.require(value);
  }

  @JsonCreator
  public static NoteId of(String text) {
    return new NoteId(Identifier.parse(text));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
