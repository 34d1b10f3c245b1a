package app.jobmate.commands.team;

import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.team.BusinessEvent;
import app.jobmate.events.team.VatRegistration;
import app.jobmate.events.team.VatStagger;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Require;

/**
 * The business's settings, in groups that change together. A group the owner never set is
 * {@code null}: what reads it keeps its own default (docs/decisions/team-and-settings.md). In a
 * command, a {@code null} group is left as it is.
 *
 * @param vat the VAT registration: {@code null} when never set, {@link Vat#NOT_REGISTERED}'s
 *     {@code registration} absent when the business is not registered
 */
public record BusinessSettings(Details details, Vat vat, VatStagger stagger, QuotingDefaults quoting,
                               QuoteNumbering numbering, HourlyCosts hourlyCosts) {

  public static final BusinessSettings NONE = new BusinessSettings(null, null, null, null, null, null);

  public record Details(String name, String address) {
    public Details {
      name = Require.text(name, BusinessEvent.MAX_NAME, "name");
      address = Require.optionalText(address, BusinessEvent.MAX_ADDRESS, "address");
    }
  }

  /** Registered ({@code registration}) or, {@code registration} absent, not registered. */
  public record Vat(VatRegistration registration) {
    public static final Vat NOT_REGISTERED = new Vat(null);
  }

  public record QuotingDefaults(RoundingPolicy rounding, int quoteValidityDays) {
    public QuotingDefaults {
      Require.present(rounding, "rounding");
      if (quoteValidityDays < 1 || quoteValidityDays > BusinessEvent.MAX_VALIDITY_DAYS) {
        throw new IllegalArgumentException("quoteValidityDays must be 1 to " + BusinessEvent.MAX_VALIDITY_DAYS);
      }
    }
  }

  public record QuoteNumbering(String prefix, long nextNumber) {
    public QuoteNumbering {
      // the event's own checks, so that a numbering that can be built can be recorded
      new BusinessEvent.QuoteNumberingChanged(prefix, nextNumber);
    }
  }

  public record HourlyCosts(Money staff, Money equipment) {
    public HourlyCosts {
      new BusinessEvent.HourlyCostsChanged(staff, equipment);
    }
  }

  BusinessSettings with(Details next) {
    return new BusinessSettings(next, vat, stagger, quoting, numbering, hourlyCosts);
  }

  BusinessSettings with(Vat next) {
    return new BusinessSettings(details, next, stagger, quoting, numbering, hourlyCosts);
  }

  BusinessSettings with(VatStagger next) {
    return new BusinessSettings(details, vat, next, quoting, numbering, hourlyCosts);
  }

  BusinessSettings with(QuotingDefaults next) {
    return new BusinessSettings(details, vat, stagger, next, numbering, hourlyCosts);
  }

  BusinessSettings with(QuoteNumbering next) {
    return new BusinessSettings(details, vat, stagger, quoting, next, hourlyCosts);
  }

  BusinessSettings with(HourlyCosts next) {
    return new BusinessSettings(details, vat, stagger, quoting, numbering, next);
  }
}
