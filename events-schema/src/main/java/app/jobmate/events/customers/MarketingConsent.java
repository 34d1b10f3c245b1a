package app.jobmate.events.customers;

import app.jobmate.events.values.Require;
import java.time.Instant;

/** The customer agreed to hear about offers: when and how. Absent when they have not (or withdrew). */
public record MarketingConsent(Instant givenAt, ConsentMethod method) {

  public MarketingConsent {
    Require.present(givenAt, "givenAt");
    Require.present(method, "method");
  }
}
