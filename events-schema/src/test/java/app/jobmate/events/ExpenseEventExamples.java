package app.jobmate.events;

import app.jobmate.events.expenses.AmountEntered;
import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.ExpenseEvent;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseApproved;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseChanged;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseLogged;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseRefused;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseReimbursed;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseReceiptAttached;
import app.jobmate.events.expenses.ReceiptKey;
import app.jobmate.events.expenses.ReceiptType;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseSubmitted;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.expenses.ExpensePricing;
import app.jobmate.events.expenses.Journey;
import app.jobmate.events.expenses.MileageClaim;
import app.jobmate.events.expenses.MileageRates;
import app.jobmate.events.expenses.PaidBy;
import app.jobmate.events.expenses.Vehicle;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.TaxYear;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One realistic example of every expense event: copper pipe bought by a member of staff for the boiler
 * job, paid out of their pocket. {@link #minimalLike} switches over the sealed {@link ExpenseEvent}
 * without a default, so a new event does not compile until it has its examples here.
 */
public final class ExpenseEventExamples {

  public static final ExpenseId EXPENSE = ExpenseId.of("0193b2a0-1111-7abc-8def-0123456789ab");
  public static final UserId SAM = UserId.of("a1b2c3d4-e5f6-4711-8899-aabbccddee01");
  public static final LocalDate DATE = LocalDate.of(2026, 11, 30);

  private ExpenseEventExamples() {
  }

  public static List<ExpenseEvent> all() {
    return Arrays.stream(ExpenseEvent.class.getPermittedSubclasses())
        .<ExpenseEvent>map(type -> examples().filter(type::isInstance).findFirst()
            .orElseThrow(() -> new AssertionError("no example of " + type.getSimpleName())))
        .toList();
  }

  /** A further example of the same event with what is optional left out. */
  public static ExpenseEvent minimalLike(ExpenseEvent example) {
    return switch (example) {
      case ExpenseLogged e -> new ExpenseLogged(e.expenseId(), e.loggedBy(), e.date(), "Fuel station", null,
          ExpenseCategory.FUEL, ExpensePricing.of(VatCode.OUTSIDE_SCOPE, AmountEntered.NET, Money.ofPence(1), e.date()),
          PaidBy.COMPANY, null, null);
      case ExpenseChanged e -> new ExpenseChanged(e.expenseId(), e.date(), e.supplier(), null, e.category(),
          ExpensePricing.of(VatCode.REVERSE_CHARGE, AmountEntered.NET, Money.ofPence(100_000), e.date()),
          PaidBy.COMPANY, null, null);
      case ExpenseSubmitted e -> e;
      case ExpenseApproved e -> e;
      case ExpenseRefused e -> new ExpenseRefused(e.expenseId(), e.refusedBy(), e.refusedAt(), "No");
      case ExpenseReimbursed e -> e;
      case ExpenseReceiptAttached e -> new ExpenseReceiptAttached(e.expenseId(), e.key(), ReceiptType.HEIC, 1, e.attachedBy(),
          e.attachedAt());
    };
  }

  public static List<ExpenseEvent> fullAndMinimal() {
    List<ExpenseEvent> events = new ArrayList<>(all());
    all().stream().map(ExpenseEventExamples::minimalLike).forEach(events::add);
    events.add(mileageLogged());
    events.add(mileageChanged());
    return events;
  }

  public static final ExpenseId MILEAGE_EXPENSE = ExpenseId.of("0193b2a0-2222-7abc-8def-0123456789ab");

  /**
   * Sam's mileage claim across 5/6 April in a car with a passenger: 60 miles in 2026-27 all below the
   * 10,000, 120 miles in 2027-28 of which 20 were above them (counted after 9,900).
   */
  public static ExpenseLogged mileageLogged() {
    List<Journey> journeys = List.of(
        new Journey(LocalDate.of(2027, 4, 5), "Depot, Leeds", "Harrogate", "Boiler service, 4 Elm Road", 60),
        new Journey(LocalDate.of(2027, 4, 6), "Depot, Leeds", "York", "Survey for a new bathroom", 120));
    List<MileageRates.Part> parts = List.of(MileageRates.carPart(new TaxYear(2026), 60, 0, 1),
        MileageRates.carPart(new TaxYear(2027), 100, 20, 1));
    MileageClaim claim = new MileageClaim(Vehicle.CAR_OR_VAN, 1, journeys, parts);
    return new ExpenseLogged(MILEAGE_EXPENSE, SAM, claim.lastDay(), "Mileage allowance", null, ExpenseCategory.MILEAGE,
        ExpensePricing.of(VatCode.OUTSIDE_SCOPE, AmountEntered.NET, Money.ofPence(claim.pence()), claim.lastDay()),
        PaidBy.MEMBER, SAM, null, claim);
  }

  /** The same claim changed while a draft: the second journey was 100 miles, all of them below the 10,000 now. */
  public static ExpenseChanged mileageChanged() {
    List<Journey> journeys = List.of(
        new Journey(LocalDate.of(2027, 4, 5), "Depot, Leeds", "Harrogate", "Boiler service, 4 Elm Road", 60),
        new Journey(LocalDate.of(2027, 4, 6), "Depot, Leeds", "York", "Survey for a new bathroom", 100));
    List<MileageRates.Part> parts = List.of(MileageRates.carPart(new TaxYear(2026), 60, 0, 1),
        MileageRates.carPart(new TaxYear(2027), 100, 0, 1));
    MileageClaim claim = new MileageClaim(Vehicle.CAR_OR_VAN, 1, journeys, parts);
    return new ExpenseChanged(MILEAGE_EXPENSE, claim.lastDay(), "Mileage allowance", "Two visits",
        ExpenseCategory.MILEAGE, ExpensePricing.of(VatCode.OUTSIDE_SCOPE, AmountEntered.NET, Money.ofPence(claim.pence()),
        claim.lastDay()), PaidBy.MEMBER, SAM, null, claim);
  }

  private static Stream<ExpenseEvent> examples() {
    var amounts = ExpensePricing.of(VatCode.STANDARD, AmountEntered.GROSS, Money.ofPence(5_400), DATE);
    return Stream.of(
        new ExpenseLogged(EXPENSE, SAM, DATE, "City Plumbing Supplies", "15mm copper pipe and fittings",
            ExpenseCategory.MATERIALS, amounts, PaidBy.MEMBER, SAM, QuoteEventExamples.JOB),
        new ExpenseChanged(EXPENSE, DATE, "City Plumbing Supplies", "15mm copper pipe, fittings and flux",
            ExpenseCategory.MATERIALS, ExpensePricing.of(VatCode.STANDARD, AmountEntered.NET, Money.ofPence(4_999), DATE),
            PaidBy.MEMBER, SAM, QuoteEventExamples.JOB),
        new ExpenseSubmitted(EXPENSE, Instant.parse("2026-12-01T09:00:00Z")),
        new ExpenseApproved(EXPENSE, EventExamples.OWNER.userId(), Instant.parse("2026-12-01T12:00:00Z")),
        new ExpenseRefused(EXPENSE, EventExamples.OWNER.userId(), Instant.parse("2026-12-01T12:00:00Z"),
            "No receipt: please log it again with one"),
        new ExpenseReimbursed(EXPENSE, SAM, Money.ofPence(5_400), Instant.parse("2026-12-05T16:00:00Z")),
        new ExpenseReceiptAttached(EXPENSE, ReceiptKey.parse("receipts/t-acme/" + EXPENSE
            + "/0193b2a0-4444-7abc-8def-0123456789ab"), ReceiptType.PDF, 48_213, SAM, Instant.parse("2026-11-30T18:20:00Z")));
  }
}
