package app.jobmate.commands.customers;

import app.jobmate.events.values.Require;
import app.jobmate.events.values.Sealed;

/** A site as the decider sees it: its address and access notes sealed. */
public record SealedSite(Sealed address, Sealed accessNotes) {

  public SealedSite {
    Require.present(address, "address");
  }
}
