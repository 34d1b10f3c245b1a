package app.jobmate.events.expenses;

import app.jobmate.events.values.Identifier;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** An expense: also its stream id. */
public record ExpenseId(UUID value) implements Identifier {

  public ExpenseId {
    Identifier.require(value);
  }

  @JsonCreator
  public static ExpenseId of(String text) {
    return new ExpenseId(Identifier.parse(text));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
