package app.jobmate.projections.reports.adapter.memory;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.reports.ExpenseReportLine;
import app.jobmate.projections.reports.ExpenseReportProjection;
import app.jobmate.projections.reports.ExpenseStage;
import app.jobmate.projections.reports.ReportQueries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/** The money reports' sums over {@link InMemoryReadModels}, summed line by line. */
public final class InMemoryReportQueries implements ReportQueries {

  private final InMemoryReadModels readModels;

  public InMemoryReportQueries(InMemoryReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public List<ExpenseTally> expenses(TenantId tenantId, LocalDate from, LocalDate to) {
    Map<List<Object>, ExpenseTally> tallies = new LinkedHashMap<>();
    for (ExpenseReportLine l : lines(tenantId, l -> !l.date().isBefore(from) && !l.date().isAfter(to))) {
      List<Object> key = List.of(l.month(), l.category(), l.stage(), l.vatCode());
      ExpenseTally t = tallies.getOrDefault(key, new ExpenseTally(l.month(), l.category(), l.stage(), l.vatCode(),
          0, 0, 0, 0, 0));
      tallies.put(key, new ExpenseTally(t.month(), t.category(), t.stage(), t.vatCode(), t.count() + 1,
          t.net() + l.net(), t.vat() + l.vat(), t.gross() + l.gross(), t.reverseChargeVat() + l.reverseChargeVat()));
    }
    return new ArrayList<>(tallies.values());
  }

  @Override
  public List<MemberTally> owed(TenantId tenantId) {
    return byMember(lines(tenantId, l -> l.stage() == ExpenseStage.APPROVED && l.member() != null),
        ExpenseReportLine::gross);
  }

  @Override
  public List<MemberTally> reimbursed(TenantId tenantId, LocalDate from, LocalDate to) {
    return byMember(lines(tenantId, l -> l.reimbursedOn() != null && !l.reimbursedOn().isBefore(from)
        && !l.reimbursedOn().isAfter(to) && l.member() != null), l -> l.reimbursedAmount());
  }

  private static List<MemberTally> byMember(List<ExpenseReportLine> lines, ToLongFunction<ExpenseReportLine> amount) {
    Map<String, MemberTally> tallies = new LinkedHashMap<>();
    for (ExpenseReportLine l : lines) {
      MemberTally t = tallies.getOrDefault(l.member(), new MemberTally(l.member(), 0, 0));
      tallies.put(l.member(), new MemberTally(l.member(), t.count() + 1, t.amount() + amount.applyAsLong(l)));
    }
    return new ArrayList<>(tallies.values());
  }

  @SuppressWarnings("unchecked")
  private List<ExpenseReportLine> lines(TenantId tenantId, Predicate<ExpenseReportLine> which) {
    String active = readModels.placement(ExpenseReportProjection.NAME).active();
    return readModels.documents(active).stream().map(d -> (Versioned<ExpenseReportLine>) d)
        .filter(d -> d.tenantId().equals(tenantId)).map(Versioned::document).filter(which).toList();
  }
}
