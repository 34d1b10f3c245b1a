package app.jobmate.events.quotes;

import app.jobmate.events.values.Identifier;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A quote: also its stream id. */
public record QuoteId(UUID value) implements Identifier {

  public QuoteId {
    Identifier.require(value);
  }

  @JsonCreator
  public static QuoteId of(String text) {
    return new QuoteId(Identifier.parse(text));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
