package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.expenses.ExpenseDetails;
import app.jobmate.events.expenses.AmountEntered;
import app.jobmate.events.expenses.ExpenseAmounts;
import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.ExpenseEvent;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.expenses.ExpensePricing;
import app.jobmate.events.expenses.PaidBy;
import app.jobmate.events.values.Identifier;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import app.jobmate.lambda.http.Fields;
import app.jobmate.lambda.http.Reader;
import java.time.LocalDate;

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
