package app.jobmate.events.customers;

import app.jobmate.events.values.Require;

/** A site in plain text: where the work is, and how to get in. Each field travels sealed. */
public record SiteDetails(PostalAddress address, String accessNotes) {

  public static final int MAX_ACCESS_NOTES = 2_000;

  public SiteDetails {
    Require.present(address, "address");
    accessNotes = Require.optionalText(accessNotes, MAX_ACCESS_NOTES, "accessNotes");
  }
}
