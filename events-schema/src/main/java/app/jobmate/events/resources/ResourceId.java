package app.jobmate.events.resources;

import app.jobmate.events.values.Identifier;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A piece of equipment or a vehicle: also its stream id. */
public record ResourceId(UUID value) implements Identifier {

  public ResourceId {
    Identifier.require(value);
  }

  @JsonCreator
  public static ResourceId of(String text) {
    return new ResourceId(Identifier.parse(text));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
