package app.jobmate.events.team;

import app.jobmate.events.values.Require;
import java.time.LocalDate;

/** Registered for VAT under {@code vatNumber} from {@code registeredFrom} (a day from 1 April 1973, when VAT began, to 2099). */
public record VatRegistration(VatNumber vatNumber, LocalDate registeredFrom) {

  public static final LocalDate EARLIEST = LocalDate.of(1973, 4, 1);
  public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

  public VatRegistration {
    Require.present(vatNumber, "vatNumber");
    Require.present(registeredFrom, "registeredFrom");
    if (registeredFrom.isBefore(EARLIEST) || registeredFrom.isAfter(LATEST)) {
      throw new IllegalArgumentException("registeredFrom must be between " + EARLIEST + " and " + LATEST);
    }
  }
}
