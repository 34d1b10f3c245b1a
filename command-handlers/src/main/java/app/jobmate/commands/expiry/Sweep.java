package app.jobmate.commands.expiry;

import app.jobmate.commands.expiry.DueQuote.Position;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One night's sweep, or the rest of it: expire every quote due on or before {@code today}, from
 * just after {@code after} when a run before this one stopped there.
 */
public record Sweep(LocalDate today, Optional<Position> after) {

  public Sweep {
    if (today == null || after == null) {
      throw new IllegalArgumentException("today is required, and after is empty or a position");
    }
  }

  /** The sweep of {@code today} from the first quote due. */
  public static Sweep of(LocalDate today) {
    return new Sweep(today, Optional.empty());
  }

  Sweep continuingAfter(Position position) {
    return new Sweep(today, Optional.of(position));
  }
}
