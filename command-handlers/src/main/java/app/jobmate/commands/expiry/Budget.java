package app.jobmate.commands.expiry;

/** How much one run of the sweep may do before it hands the rest to the next run. */
@FunctionalInterface
public interface Budget {

  /** Whether there is room for one more quote after {@code handled} in this run. */
  boolean allowsAnother(int handled);

  static Budget quotes(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("a run handles at least one quote");
    }
    return handled -> handled < max;
  }
}
