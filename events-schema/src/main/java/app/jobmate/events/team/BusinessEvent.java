package app.jobmate.events.team;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Require;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.regex.Pattern;

/**
 * What the owner chose for the business (docs/business-rules.md, settings), one fact per group of
 * settings that change together; each event carries its group whole. One stream per business.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface BusinessEvent extends DomainEvent {

  int MAX_NAME = 200;
  int MAX_ADDRESS = 500;
  int MAX_VALIDITY_DAYS = 365;
  int MAX_PREFIX = 10;
  /** The highest quote number a business may move to: far above any small business's count. */
  long MAX_QUOTE_NUMBER = 99_999_999L;
  /** £10,000 an hour: above any hourly cost, low enough to catch a pounds-for-pence slip. */
  long MAX_HOURLY_PENCE = 1_000_000L;
  Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9/-]{0,9}");

  /** The business's name, as quotes and the team see it, and its postal address (absent until given). */
  record BusinessDetailsChanged(String name, String address) implements BusinessEvent {
    public BusinessDetailsChanged {
      name = Require.text(name, MAX_NAME, "name");
      address = Require.optionalText(address, MAX_ADDRESS, "address");
    }
  }

  /** Registered for VAT ({@code registration}), or, absent, not registered: a quote is priced by the registration on its tax point. */
  record VatRegistrationChanged(VatRegistration registration) implements BusinessEvent {

    public boolean registered() {
      return registration != null;
    }
  }

  record VatStaggerChanged(VatStagger stagger) implements BusinessEvent {
    public VatStaggerChanged {
      Require.present(stagger, "stagger");
    }
  }

  /** How a new quote's VAT is rounded and for how many days it is valid unless it says otherwise. */
  record QuotingDefaultsChanged(RoundingPolicy rounding, int quoteValidityDays) implements BusinessEvent {
    public QuotingDefaultsChanged {
      Require.present(rounding, "rounding");
      if (quoteValidityDays < 1 || quoteValidityDays > MAX_VALIDITY_DAYS) {
        throw new IllegalArgumentException("quoteValidityDays must be 1 to " + MAX_VALIDITY_DAYS);
      }
    }
  }

  /**
   * Quote numbers from now: {@code prefix} in front of each ({@code Q-} makes {@code Q-00042}), and the
   * next quote issued takes {@code nextNumber}, never one already used.
   */
  record QuoteNumberingChanged(String prefix, long nextNumber) implements BusinessEvent {
    public QuoteNumberingChanged {
      if (prefix == null || !PREFIX.matcher(prefix).matches()) {
        throw new IllegalArgumentException("prefix must be 1 to " + MAX_PREFIX
            + " capital letters, digits, '-' or '/', starting with a letter");
      }
      if (nextNumber < 1 || nextNumber > MAX_QUOTE_NUMBER) {
        throw new IllegalArgumentException("nextNumber must be 1 to " + MAX_QUOTE_NUMBER);
      }
    }
  }

  /** What an hour of a staff member's and of equipment's time costs the business unless a resource says otherwise. */
  record HourlyCostsChanged(Money staff, Money equipment) implements BusinessEvent {
    public HourlyCostsChanged {
      hourly(staff, "staff");
      hourly(equipment, "equipment");
    }
  }

  private static void hourly(Money cost, String name) {
    Require.present(cost, name);
    if (cost.pence() < 0 || cost.pence() > MAX_HOURLY_PENCE) {
      throw new IllegalArgumentException(name + " must be 0 to " + MAX_HOURLY_PENCE + " pence an hour");
    }
  }
}
