package app.jobmate.projections.costing;

import app.jobmate.projections.core.Versioned;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A job's costing, as {@code GET /jobs/{jobId}/costing} answers it (docs/decisions/job-costing.md):
 * the value agreed (net of VAT when the business is VAT registered, gross otherwise), each completed
 * visit (not cancelled, ended by now) with each member's minutes, the hourly cost in force on the
 * visit's London day and its cost, each expense for the job (refused ones shown, not counted; net of
 * VAT when the purchase's VAT was reclaimed, gross otherwise), the totals, the profit and the margin.
 *
 * @param value        the pence counted as the job's value: 0 when none was agreed ({@code agreedValue} absent)
 * @param margin       profit over value, to 4 decimal places; absent when the value is 0
 * @param visitsToCome visits booked, not cancelled, not yet ended: not counted until they are
 */
public record JobCosting(String jobId, String title, JobStage stage, LocalDate completedOn, AgreedValue agreedValue,
                         boolean vatRegistered, long value, List<VisitCost> visits, int visitsToCome,
                         List<ExpenseCost> expenses, long staffMinutes, long staffCost, long expensesCost, long costs,
                         long profit, BigDecimal margin, boolean unpricedTime) {

  /** The agreed value in pence, as the job has it. */
  public record AgreedValue(long net, long vat, long gross) {
  }

  /** A completed visit: its members' time and cost. */
  public record VisitCost(String appointmentId, LocalDate day, Instant startsAt, Instant endsAt, long minutes,
                          List<MemberCost> members, long cost) {
  }

  /**
   * A member's time on a visit: the rate in force on the visit's day ({@code hourlyCost}, absent when the
   * member had none then, and the cost is 0 with {@code unpriced} true).
   */
  public record MemberCost(String member, long minutes, Long hourlyCost, LocalDate rateFrom, long cost,
                           boolean unpriced) {
  }

  /** An expense for the job: its amounts as logged and the pence it costs ({@code counted} false when refused). */
  public record ExpenseCost(String expenseId, LocalDate date, String supplier, String description, String stage,
                            long net, long vat, long gross, boolean counted, long cost) {
  }

  /** Whether a visit counts by {@code now}: booked, not cancelled, and ended. */
  public static boolean completed(CostedVisit visit, Instant now) {
    return !visit.cancelled() && !visit.endsAt().isAfter(now);
  }

  /** Pence for {@code minutes} at {@code pencePerHour}, half a penny and more rounded up. */
  public static long cost(long minutes, long pencePerHour) {
    return (minutes * pencePerHour + 30) / 60;
  }

  /** The costing of {@code job} from its visits, expenses and the members' rate histories, as at {@code now}. */
  public static JobCosting of(Versioned<CostedJob> job, List<Versioned<CostedVisit>> visits,
                              List<Versioned<CostedExpense>> expenses, Map<String, MemberRates> rates,
                              VatRegistration vat, Instant now) {
    CostedJob j = job.document();
    List<VisitCost> counted = new ArrayList<>();
    int toCome = 0;
    long minutes = 0;
    long staff = 0;
    boolean unpriced = false;
    List<Versioned<CostedVisit>> inOrder = new ArrayList<>(visits);
    inOrder.sort(Comparator.comparing((Versioned<CostedVisit> v) -> v.document().startsAt())
        .thenComparing(Versioned::streamId));
    for (Versioned<CostedVisit> v : inOrder) {
      CostedVisit visit = v.document();
      if (visit.cancelled()) {
        continue;
      }
      if (!completed(visit, now)) {
        toCome++;
        continue;
      }
      List<MemberCost> members = new ArrayList<>();
      long visitCost = 0;
      for (String member : visit.members()) {
        MemberRates history = rates.get(member);
        MemberRates.Rate rate = history == null ? null : history.rateOn(visit.day());
        long cost = rate == null ? 0 : cost(visit.minutes(), rate.pence());
        members.add(new MemberCost(member, visit.minutes(), rate == null ? null : rate.pence(),
            rate == null ? null : rate.effectiveFrom(), cost, rate == null));
        unpriced |= rate == null;
        visitCost += cost;
        minutes += visit.minutes();
      }
      staff += visitCost;
      counted.add(new VisitCost(v.streamId(), visit.day(), visit.startsAt(), visit.endsAt(), visit.minutes(),
          members, visitCost));
    }
    List<ExpenseCost> lines = new ArrayList<>();
    long bought = 0;
    List<Versioned<CostedExpense>> byDate = new ArrayList<>(expenses);
    byDate.sort(Comparator.comparing((Versioned<CostedExpense> e) -> e.document().date())
        .thenComparing(Versioned::streamId));
    for (Versioned<CostedExpense> e : byDate) {
      CostedExpense x = e.document();
      long cost = x.refused() ? 0 : vat.reclaimsOn(x.date()) ? x.net() : x.gross();
      lines.add(new ExpenseCost(e.streamId(), x.date(), x.supplier(), x.description(), x.stage(), x.net(), x.vat(),
          x.gross(), !x.refused(), cost));
      bought += cost;
    }
    long value = !j.hasAgreedValue() ? 0 : vat.registered() ? j.agreedNet() : j.agreedGross();
    long costs = staff + bought;
    long profit = value - costs;
    return new JobCosting(job.streamId(), j.title(), j.stage(), j.completedOn(),
        j.hasAgreedValue() ? new AgreedValue(j.agreedNet(), j.agreedVat(), j.agreedGross()) : null,
        vat.registered(), value, counted, toCome, lines, minutes, staff, bought, costs, profit, margin(profit, value),
        unpriced);
  }

  /** Profit over value to 4 places, half up; absent when there is no value to divide by. */
  public static BigDecimal margin(long profit, long value) {
    return value == 0 ? null : BigDecimal.valueOf(profit).divide(BigDecimal.valueOf(value), 4, RoundingMode.HALF_UP);
  }
}
