package app.jobmate.projections.query;

/** A query its viewer may not ask; the message says why. */
public final class NotAllowed extends RuntimeException {

  public NotAllowed(String why) {
    super(why, null, false, false);
  }
}
