package app.jobmate.events.quotes;

import app.jobmate.events.values.Identifier;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A line of a quote, unique within the quote; client-generated. */
public record LineId(UUID value) implements Identifier {

  public LineId {
    Identifier.require(value);
  }

  @JsonCreator
  public static LineId of(String text) {
    return new LineId(Identifier.parse(text));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
