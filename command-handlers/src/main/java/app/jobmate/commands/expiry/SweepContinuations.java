package app.jobmate.commands.expiry;

/** Hands the rest of a sweep to a later run, so that no run has to do a whole backlog at once. */
public interface SweepContinuations {

  /** Has {@code rest} run soon, at least once. */
  void schedule(Sweep rest);
}
