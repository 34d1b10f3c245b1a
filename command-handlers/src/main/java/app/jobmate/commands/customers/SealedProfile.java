package app.jobmate.commands.customers;

import app.jobmate.events.values.Require;
import app.jobmate.events.values.Sealed;

/** A customer's personal data as the decider sees it: each field sealed, absent when not given. */
public record SealedProfile(Sealed name, Sealed tradingName, Sealed contacts, Sealed emails, Sealed phones,
                            Sealed billingAddress, Sealed notes) {

  public SealedProfile {
    Require.present(name, "name");
  }
}
