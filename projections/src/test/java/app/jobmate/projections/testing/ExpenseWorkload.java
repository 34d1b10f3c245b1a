package app.jobmate.projections.testing;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.Role;
import app.jobmate.events.expenses.AmountEntered;
import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseApproved;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseChanged;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseLogged;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseRefused;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseReimbursed;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseSubmitted;
import app.jobmate.events.expenses.ExpensePricing;
import app.jobmate.events.expenses.PaidBy;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded year of expenses of a few tenants, as the write side would commit them: every category and
 * VAT code, net or gross entered, paid by the company or a member, dated across every month (first
 * and last days included), and left at every stage (some changed while a draft, refused, approved,
 * reimbursed on a day that may fall in another month than the purchase). The commits, in order.
 */
public final class ExpenseWorkload {

  public static final List<String> TENANTS = List.of("t-acme", "t-bolt", "t-crane");
  public static final List<String> MEMBERS = List.of("a1a1a1a1-0000-4000-8000-000000000001",
      "a1a1a1a1-0000-4000-8000-000000000002", "a1a1a1a1-0000-4000-8000-000000000003");

  private ExpenseWorkload() {
  }

  public static List<List<EventEnvelope>> commits(long seed, int expenses) {
    Random random = new Random(seed);
    List<List<EventEnvelope>> commits = new ArrayList<>();
    for (int n = 1; n <= expenses; n++) {
      String tenant = TENANTS.get(random.nextInt(TENANTS.size()));
      Instant start = Instant.parse("2026-01-01T09:00:00Z").plusSeconds(random.nextInt(365) * 86_400L);
      ExpenseStream x = new ExpenseStream(tenant, ExpenseStream.id(n), start);
      LocalDate date = dayOf(random);
      String member = random.nextInt(3) == 0 ? null : MEMBERS.get(random.nextInt(MEMBERS.size()));
      String by = member == null ? "u-owner" : member;
      ExpenseCategory category = ExpenseCategory.values()[random.nextInt(ExpenseCategory.values().length)];
      VatCode code = VatCode.values()[random.nextInt(VatCode.values().length)];
      AmountEntered entered = random.nextBoolean() ? AmountEntered.NET : AmountEntered.GROSS;
      Money amount = Money.ofPence(1 + random.nextInt(250_000));
      Money gross = ExpensePricing.of(code, entered, amount, date).gross();
      commits.add(List.of(x.append(new ExpenseLogged(x.expenseId(), UserId.of(by), date, "Supplier " + n,
          "Bought " + n, category, ExpensePricing.of(code, entered, amount, date),
          member == null ? PaidBy.COMPANY : PaidBy.MEMBER, member == null ? null : UserId.of(member), null), by,
          member == null ? Role.OWNER : Role.STAFF)));
      if (random.nextInt(5) == 0) {
        LocalDate changed = dayOf(random);
        var amounts = ExpensePricing.of(code, entered, Money.ofPence(1 + random.nextInt(90_000)), changed);
        gross = amounts.gross();
        commits.add(List.of(x.append(new ExpenseChanged(x.expenseId(), changed, "Supplier " + n, "Changed " + n,
            category, amounts,
            member == null ? PaidBy.COMPANY : PaidBy.MEMBER, member == null ? null : UserId.of(member), null))));
      }
      int stage = random.nextInt(10);
      if (stage == 0) {
        continue;
      }
      commits.add(List.of(x.append(new ExpenseSubmitted(x.expenseId(), x.now()))));
      if (stage == 1) {
        continue;
      }
      if (stage == 2) {
        commits.add(List.of(x.append(new ExpenseRefused(x.expenseId(), UserId.of("u-admin"), x.now(), "No receipt"))));
        continue;
      }
      commits.add(List.of(x.append(new ExpenseApproved(x.expenseId(), UserId.of("u-admin"), x.now()))));
      if (member != null && stage > 5) {
        commits.add(List.of(x.append(new ExpenseReimbursed(x.expenseId(), UserId.of(member),
            gross, x.now().plusSeconds(random.nextInt(60) * 86_400L)))));
      }
    }
    return commits;
  }

  private static LocalDate dayOf(Random random) {
    LocalDate month = LocalDate.of(2025, 12, 1).plusMonths(random.nextInt(14));
    return switch (random.nextInt(4)) {
      case 0 -> month;
      case 1 -> month.withDayOfMonth(month.lengthOfMonth());
      default -> month.plusDays(random.nextInt(month.lengthOfMonth()));
    };
  }
}
