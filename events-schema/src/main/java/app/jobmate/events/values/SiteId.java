package app.jobmate.events.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A site (an address where work happens) of a customer. */
public record SiteId(UUID value) implements Identifier {

  public SiteId {
    Identifier.require(value);
  }

  @JsonCreator
  public static SiteId of(String text) {
    return new SiteId(Identifier.parse(text));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
