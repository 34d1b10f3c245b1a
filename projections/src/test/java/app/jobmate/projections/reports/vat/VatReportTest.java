package app.jobmate.projections.reports.vat;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.team.VatStagger;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.reports.ExpenseStage;
import app.jobmate.projections.reports.ReportQueries.ExpenseTally;
import app.jobmate.projections.reports.vat.VatReport.CodeTotals;
import app.jobmate.projections.reports.vat.VatReport.Quarter;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The VAT quarters' arithmetic: staggers, quarter boundaries, the registration date and each VAT code's treatment. */
class VatReportTest {

  private static final VatRegistration STAGGER_1 = new VatRegistration(true, null, Stagger.STAGGER_1);

  private static ExpenseTally approved(String month, VatCode code, long net, long vat, long reverseCharge) {
    return new ExpenseTally(month, ExpenseCategory.MATERIALS, ExpenseStage.APPROVED, code, 1, net, vat, net + vat,
        reverseCharge);
  }

  @Test
  void the_staggers_are_hmrc_s_and_agree_with_the_settings_own() {
    assertThat(Arrays.stream(Stagger.values()).map(Stagger::wireName))
        .containsExactlyElementsOf(Arrays.stream(VatStagger.values()).map(VatStagger::wireName).toList());
    for (VatStagger settings : VatStagger.values()) {
      Stagger stagger = Stagger.ofWireName(settings.wireName()).orElseThrow();
      assertThat(Arrays.stream(Month.values()).filter(stagger::endsQuarterIn).toList())
          .containsExactlyInAnyOrderElementsOf(settings.quarterEnds());
    }
  }

  @Test
  void the_quarters_of_a_year_are_the_four_ending_in_it_by_the_stagger() {
    assertThat(Stagger.STAGGER_1.quartersEndingIn(2026)).extracting(Stagger.Period::start, Stagger.Period::end)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
    assertThat(Stagger.STAGGER_2.quartersEndingIn(2026)).extracting(Stagger.Period::start, Stagger.Period::end)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 1, 31)),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30)),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31)),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 10, 31)));
    assertThat(Stagger.STAGGER_3.quartersEndingIn(2028)).extracting(Stagger.Period::start, Stagger.Period::end)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 12, 1), LocalDate.of(2028, 2, 29)),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2028, 3, 1), LocalDate.of(2028, 5, 31)),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2028, 6, 1), LocalDate.of(2028, 8, 31)),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2028, 9, 1), LocalDate.of(2028, 11, 30)));
  }

  @Test
  void each_quarter_sums_its_three_months_so_the_same_months_fall_in_other_quarters_under_another_stagger() {
    List<ExpenseTally> months = List.of(
        approved("2026-03", VatCode.STANDARD, 1_000, 200, 0),
        approved("2026-04", VatCode.STANDARD, 2_000, 400, 0),
        approved("2026-05", VatCode.STANDARD, 4_000, 800, 0));

    assertThat(VatReport.of(2026, STAGGER_1, months).quarters()).extracting(Quarter::inputVat)
        .containsExactly(200L, 1_200L, 0L, 0L);
    assertThat(VatReport.of(2026, new VatRegistration(true, null, Stagger.STAGGER_2), months).quarters())
        .extracting(Quarter::inputVat).containsExactly(0L, 600L, 800L, 0L);
    assertThat(VatReport.of(2026, new VatRegistration(true, null, Stagger.STAGGER_3), months).quarters())
        .extracting(Quarter::inputVat).containsExactly(0L, 1_400L, 0L, 0L);
  }

  @Test
  void each_vat_code_is_treated_as_the_return_does_and_reverse_charge_is_due_and_reclaimable_at_once() {
    VatReport report = VatReport.of(2026, STAGGER_1, List.of(
        approved("2026-01", VatCode.STANDARD, 10_000, 2_000, 0),
        approved("2026-01", VatCode.REDUCED, 1_000, 50, 0),
        approved("2026-02", VatCode.ZERO, 700, 0, 0),
        approved("2026-02", VatCode.EXEMPT, 300, 0, 0),
        approved("2026-03", VatCode.OUTSIDE_SCOPE, 9_999, 0, 0),
        approved("2026-03", VatCode.REVERSE_CHARGE, 5_000, 0, 1_000),
        new ExpenseTally("2026-03", ExpenseCategory.TOOLS, ExpenseStage.SUBMITTED, VatCode.STANDARD, 1, 100_000,
            20_000, 120_000, 0),
        new ExpenseTally("2026-03", ExpenseCategory.TOOLS, ExpenseStage.REFUSED, VatCode.STANDARD, 1, 100_000,
            20_000, 120_000, 0)));

    Quarter first = report.quarters().getFirst();
    assertThat(first.byVatCode()).containsExactly(
        new CodeTotals(VatCode.STANDARD, 1, 10_000, 2_000, 0, 2_000),
        new CodeTotals(VatCode.REDUCED, 1, 1_000, 50, 0, 50),
        new CodeTotals(VatCode.ZERO, 1, 700, 0, 0, 0),
        new CodeTotals(VatCode.EXEMPT, 1, 300, 0, 0, 0),
        new CodeTotals(VatCode.OUTSIDE_SCOPE, 1, 9_999, 0, 0, 0),
        new CodeTotals(VatCode.REVERSE_CHARGE, 1, 5_000, 0, 1_000, 1_000));
    assertThat(first.purchasesNet()).as("box 7: all but outside the scope").isEqualTo(17_000);
    assertThat(first.inputVat()).as("box 4").isEqualTo(3_050);
    assertThat(first.reverseChargeOutputVat()).as("box 1's reverse charge").isEqualTo(1_000);
    assertThat(first.netReclaimable()).isEqualTo(2_050);
    assertThat(report.stagger()).isEqualTo("mar-jun-sep-dec");
    assertThat(report.staggerChosen()).isTrue();
  }

  @Test
  void nothing_counts_before_the_registration_date_and_the_quarter_it_falls_in_counts_from_it() {
    VatRegistration fromMay = new VatRegistration(true, LocalDate.of(2026, 5, 15), Stagger.STAGGER_1);

    VatReport report = VatReport.of(2026, fromMay, List.of(approved("2026-05", VatCode.STANDARD, 1_000, 200, 0),
        approved("2026-08", VatCode.STANDARD, 2_000, 400, 0)));

    assertThat(report.quarters()).extracting(Quarter::countedFrom)
        .containsExactly(null, LocalDate.of(2026, 5, 15), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1));
    assertThat(report.quarters()).extracting(Quarter::inputVat).containsExactly(0L, 200L, 400L, 0L);
    assertThat(fromMay.countsFrom(LocalDate.of(2026, 1, 1))).as("what is asked of the read model")
        .isEqualTo(LocalDate.of(2026, 5, 15));
  }

  @Test
  void a_business_not_registered_reclaims_nothing_and_one_without_a_stagger_gets_calendar_quarters() {
    List<ExpenseTally> months = List.of(approved("2026-05", VatCode.STANDARD, 1_000, 200, 0));

    VatReport unregistered = VatReport.of(2026, VatRegistration.NOT_REGISTERED, months);
    VatReport noStagger = VatReport.of(2026, new VatRegistration(true, null, null), months);

    assertThat(unregistered.vatRegistered()).isFalse();
    assertThat(unregistered.quarters()).extracting(Quarter::inputVat).containsOnly(0L);
    assertThat(unregistered.quarters()).extracting(Quarter::countedFrom).containsOnlyNulls();
    assertThat(noStagger.staggerChosen()).isFalse();
    assertThat(noStagger.stagger()).isEqualTo("mar-jun-sep-dec");
    assertThat(noStagger.quarters()).extracting(Quarter::inputVat).containsExactly(0L, 200L, 0L, 0L);
  }
}
