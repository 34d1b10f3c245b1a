package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.expenses.ClaimMileage;
import app.jobmate.commands.expenses.ExpenseDetails;
import app.jobmate.events.Actor;
import app.jobmate.events.expenses.AmountEntered;
import app.jobmate.events.expenses.ExpenseAmounts;
import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.ExpenseEvent;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.expenses.ExpensePricing;
import app.jobmate.events.expenses.Journey;
import app.jobmate.events.expenses.MileageClaim;
import app.jobmate.events.expenses.MileageRates;
import app.jobmate.events.expenses.PaidBy;
import app.jobmate.events.expenses.Vehicle;
import app.jobmate.events.values.Identifier;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import app.jobmate.lambda.http.Fields;
import app.jobmate.lambda.http.Reader;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON of expense commands, read strictly: unknown fields, wrong types and values the value types
 * refuse are all reported at once, each under its field's name. The amount is entered either as
 * {@code net} or as {@code gross} (one of them), the other derived by the VAT kernel.
 */
final class ExpenseRequests {

  private static final String[] DETAIL_FIELDS = {"date", "supplier", "description", "category", "net", "gross",
      "vatCode", "paidBy", "member", "jobId"};
  // a member's id is their user pool sub, a UUID
  private static final Reader<UserId> USER = Reader.text(36, text -> {
    Identifier.parse(text);
    return UserId.of(text);
  });
  private static final Reader<Long> PENCE = Reader.integer(1, ExpenseAmounts.MAX_PENCE);
  static final Reader<String> REASON = Reader.text(ExpenseEvent.MAX_REASON);

  private ExpenseRequests() {
  }

  static String[] logFields() {
    return CommandRequests.names(DETAIL_FIELDS, "expenseId", CommandRequests.EXPECTED_VERSION);
  }

  static String[] detailFields() {
    return CommandRequests.names(DETAIL_FIELDS, CommandRequests.EXPECTED_VERSION);
  }

  private static final String[] MILEAGE_FIELDS = {"expenseId", "member", "vehicle", "passengers", "journeys",
      "description", "jobId"};
  private static final String[] JOURNEY_FIELDS = {"date", "from", "to", "purpose", "miles"};

  private static final String[] MILEAGE_CHANGE_FIELDS = {"vehicle", "passengers", "journeys", "description", "jobId"};

  static String[] mileageFields() {
    return CommandRequests.names(MILEAGE_FIELDS, CommandRequests.EXPECTED_VERSION);
  }

  static String[] mileageChangeFields() {
    return CommandRequests.names(MILEAGE_CHANGE_FIELDS, CommandRequests.EXPECTED_VERSION);
  }

  /**
   * A mileage claim: the vehicle ({@code car-or-van}, {@code motorcycle}, {@code bicycle}), passengers
   * (car or van only, default 0), 1 to 100 journeys each dated from 2000 to today (London) with whole
   * miles, and optionally whom it is for ({@code member}), a description and a job. No amount: it is priced.
   */
  static ClaimMileage mileage(Fields f, Actor actor, LocalDate today) {
    ExpenseId expenseId = expenseId(f);
    UserId member = f.optional("member", USER);
    return mileage(f, actor, today, expenseId, member);
  }

  /**
   * A draft mileage claim's new details, whole, as {@link #mileage} reads them but for the expense's id
   * (in the path) and its member (the claim stays whose it is).
   */
  static ClaimMileage mileageChange(Fields f, Actor actor, LocalDate today, ExpenseId expenseId) {
    return mileage(f, actor, today, expenseId, null);
  }

  private static ClaimMileage mileage(Fields f, Actor actor, LocalDate today, ExpenseId expenseId, UserId member) {
    Vehicle vehicle = f.required("vehicle", Reader.text(20, Vehicle::fromWireName));
    Long passengers = f.optional("passengers", Reader.integer(0, MileageRates.MAX_PASSENGERS));
    if (passengers != null && passengers > 0 && vehicle != null && vehicle != Vehicle.CAR_OR_VAN) {
      f.reject("passengers", "are carried in a car or van only: HMRC's passenger rate is for cars and vans");
    }
    if (!f.has("journeys")) {
      f.reject("journeys", "is required: at least one journey");
    }
    int[] read = {0};
    List<Journey> journeys = f.list("journeys", MileageClaim.MAX_JOURNEYS, j -> {
      read[0]++;
      j.allowOnly(JOURNEY_FIELDS);
      LocalDate date = j.required("date", Reader.date(ExpenseEvent.EARLIEST_DATE, today));
      String from = j.required("from", Reader.text(Journey.MAX_PLACE));
      String to = j.required("to", Reader.text(Journey.MAX_PLACE));
      String purpose = j.required("purpose", Reader.text(Journey.MAX_PURPOSE));
      Long miles = j.required("miles", Reader.integer(1, Journey.MAX_MILES));
      return j.isValid() ? new Journey(date, from, to, purpose, miles.intValue()) : null;
    });
    if (f.has("journeys") && read[0] == 0 && journeys.isEmpty()) {
      f.reject("journeys", "must have at least one journey");
    }
    String description = f.optional("description", Reader.text(ExpenseEvent.MAX_DESCRIPTION));
    JobId jobId = f.optional("jobId", Reader.id(JobId::of));
    if (!f.isValid()) {
      return null;
    }
    return new ClaimMileage(expenseId, member, vehicle, passengers == null ? 0 : passengers.intValue(), journeys,
        description, jobId, actor);
  }

  static ExpenseId expenseId(Fields f) {
    return f.required("expenseId", Reader.id(ExpenseId::of));
  }

  /**
   * The details, whole. The date is the receipt's: from 2000 to today (London). {@code member} is
   * required when {@code paidBy} is {@code member} and refused when it is {@code company}.
   */
  static ExpenseDetails details(Fields f, LocalDate today) {
    LocalDate date = f.required("date", Reader.date(ExpenseEvent.EARLIEST_DATE, today));
    String supplier = f.required("supplier", Reader.text(ExpenseEvent.MAX_SUPPLIER));
    String description = f.optional("description", Reader.text(ExpenseEvent.MAX_DESCRIPTION));
    ExpenseCategory category = f.required("category", Reader.text(20, ExpenseCategory::fromWireName));
    Long net = f.optional("net", PENCE);
    Long gross = f.optional("gross", PENCE);
    if (!f.has("net") && !f.has("gross")) {
      f.reject("net", "is required, or gross: the amount before VAT or the amount paid");
    } else if (f.has("net") && f.has("gross")) {
      f.reject("gross", "must not be given with net: enter one amount, the other is derived");
    }
    VatCode vatCode = f.required("vatCode", Reader.text(30, VatCode::fromWireName));
    PaidBy paidBy = f.required("paidBy", Reader.text(20, PaidBy::fromWireName));
    UserId member = f.optional("member", USER);
    if (paidBy == PaidBy.MEMBER && !f.has("member")) {
      f.reject("member", "is required when a member paid: whom the expense is owed to");
    } else if (paidBy == PaidBy.COMPANY && f.has("member")) {
      f.reject("member", "is only for an expense a member paid");
    }
    JobId jobId = f.optional("jobId", Reader.id(JobId::of));
    if (!f.isValid()) {
      return null;
    }
    ExpenseAmounts amounts = net != null
        ? ExpensePricing.of(vatCode, AmountEntered.NET, Money.ofPence(net), date)
        : ExpensePricing.of(vatCode, AmountEntered.GROSS, Money.ofPence(gross), date);
    return new ExpenseDetails(date, supplier, description, category, amounts, paidBy, member, jobId);
  }
}
