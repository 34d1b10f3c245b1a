package app.jobmate.commands.team;

import app.jobmate.events.Actor;
import app.jobmate.events.values.Require;

/** What the owner asks of the business's settings. */
public sealed interface BusinessCommand {

  Actor actor();

  /**
   * Sets the groups of {@code wanted} that are present and leaves the others as they are.
   * {@code lastQuoteNumberUsed} is the highest quote number the business has used (0 for none): the
   * next number may not go back to it or below.
   */
  record ChangeSettings(BusinessSettings wanted, long lastQuoteNumberUsed, Actor actor) implements BusinessCommand {
    public ChangeSettings {
      Require.present(wanted, "wanted");
      if (lastQuoteNumberUsed < 0) {
        throw new IllegalArgumentException("lastQuoteNumberUsed must be 0 or more");
      }
    }
  }
}
