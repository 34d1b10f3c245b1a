package app.jobmate.projections.reports.reimbursements;

import app.jobmate.projections.reports.ReportQueries.MemberTally;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the business owes its staff ({@code GET /reports/reimbursements}): per member, the approved
 * expenses they paid themselves and have not been paid back (count and gross), and what was paid back
 * to them this month (from the 1st, London days, to today); most owed first. Only members with
 * something owed or paid this month appear (the read side has no directory; the dashboard names them).
 */
public record Reimbursements(LocalDate today, String month, List<Person> people, long owedCount, long owed,
                             long paidThisMonthCount, long paidThisMonth) {

  public record Person(String member, long owedCount, long owed, long paidThisMonthCount, long paidThisMonth) {
  }

  public static final Comparator<Person> MOST_OWED_FIRST = Comparator.comparingLong(Person::owed).reversed()
      .thenComparing(Comparator.comparingLong(Person::paidThisMonth).reversed()).thenComparing(Person::member);

  /** The first day of {@code today}'s month: from when "paid this month" counts. */
  public static LocalDate monthStart(LocalDate today) {
    return today.withDayOfMonth(1);
  }

  public static Reimbursements of(LocalDate today, List<MemberTally> owed, List<MemberTally> paidThisMonth) {
    Map<String, Person> people = new TreeMap<>();
    for (MemberTally o : owed) {
      Person p = people.getOrDefault(o.member(), new Person(o.member(), 0, 0, 0, 0));
      people.put(o.member(), new Person(o.member(), p.owedCount() + o.count(), p.owed() + o.amount(),
          p.paidThisMonthCount(), p.paidThisMonth()));
    }
    for (MemberTally paid : paidThisMonth) {
      Person p = people.getOrDefault(paid.member(), new Person(paid.member(), 0, 0, 0, 0));
      people.put(paid.member(), new Person(paid.member(), p.owedCount(), p.owed(),
          p.paidThisMonthCount() + paid.count(), p.paidThisMonth() + paid.amount()));
    }
    List<Person> sorted = new ArrayList<>(people.values());
    sorted.sort(MOST_OWED_FIRST);
    return new Reimbursements(today, YearMonth.from(today).toString(), sorted,
        sorted.stream().mapToLong(Person::owedCount).sum(), sorted.stream().mapToLong(Person::owed).sum(),
        sorted.stream().mapToLong(Person::paidThisMonthCount).sum(),
        sorted.stream().mapToLong(Person::paidThisMonth).sum());
  }
}
