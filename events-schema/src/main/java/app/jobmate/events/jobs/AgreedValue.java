package app.jobmate.events.jobs;

import app.jobmate.events.values.Money;
import app.jobmate.events.values.Require;

/**
 * What the customer agreed to pay for a job, exact to the penny: {@code net + vat = gross}, none
 * negative. A job converted from a quote agrees the accepted quote's totals; a job created directly
 * may be given one.
 */
public record AgreedValue(Money net, Money vat, Money gross) {

  public AgreedValue {
    Require.present(net, "net");
    Require.present(vat, "vat");
    Require.present(gross, "gross");
    if (net.isNegative() || vat.isNegative() || gross.isNegative()) {
      throw new IllegalArgumentException("an agreed value is never negative");
    }
    if (!net.plus(vat).equals(gross)) {
      throw new IllegalArgumentException("gross must be net plus VAT: " + net + " + " + vat + " is not " + gross);
    }
  }
}
