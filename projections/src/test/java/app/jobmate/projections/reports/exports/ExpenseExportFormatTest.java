package app.jobmate.projections.reports.exports;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.PaidBy;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.reports.ExpenseReportLine;
import app.jobmate.projections.reports.ExpenseStage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Golden files of each import format (src/test/resources/exports): the header, a member's standard-rate
 * expense with a comma in the supplier, a reverse-charge subcontractor whose supplier is a formula and
 * whose description has quotes, an exempt purchase; byte for byte, CRLFs included.
 */
class ExpenseExportFormatTest {

  private static final String ID = "0193b2a0-1111-7abc-8def-00000000000";

  private static ExportedExpense expense(int n, LocalDate date, String supplier, String description,
                                         ExpenseCategory category, VatCode code, long net, long vat, long reverseCharge,
                                         String member) {
    return new ExportedExpense(ID + n, new ExpenseReportLine(date, null, supplier, description, category, code, net,
        vat, net + vat, reverseCharge, member == null ? PaidBy.COMPANY : PaidBy.MEMBER, member, null,
        ExpenseStage.APPROVED, false, date, null, null));
  }

  static final List<ExportedExpense> EXPENSES = List.of(
      expense(1, LocalDate.of(2026, 4, 5), "City Plumbing, Leeds", null, ExpenseCategory.MATERIALS, VatCode.STANDARD,
          4_500, 900, 0, "sam"),
      expense(2, LocalDate.of(2026, 4, 30), "=cmd|' /C calc'!A0", "Roofing \"labour\"", ExpenseCategory.SUBCONTRACTORS,
          VatCode.REVERSE_CHARGE, 100_000, 0, 20_000, null),
      expense(3, LocalDate.of(2026, 5, 1), "Post Office", "Stamps", ExpenseCategory.OTHER, VatCode.EXEMPT, 230, 0, 0,
          null));

  private static String golden(ExpenseExportFormat format) throws IOException {
    try (InputStream in = ExpenseExportFormatTest.class.getResourceAsStream("/exports/expenses-" + format.wireName()
        + ".csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @EnumSource(ExpenseExportFormat.class)
  void each_format_writes_its_import_columns_uk_dates_pounds_and_tax_names_as_the_golden_file(
      ExpenseExportFormat format) throws IOException {
    StringWriter out = new StringWriter();

    long rows = ExpenseExport.write((tenant, from, to, each) -> EXPENSES.forEach(each), TenantId.of("t-acme"),
        LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), format, out);

    assertThat(rows).isEqualTo(3);
    assertThat(out.toString()).isEqualTo(golden(format));
  }

  @ParameterizedTest
  @EnumSource(ExpenseExportFormat.class)
  void every_row_has_as_many_fields_as_the_header(ExpenseExportFormat format) {
    for (ExportedExpense expense : EXPENSES) {
      assertThat(format.row(expense)).hasSameSizeAs(format.header());
    }
  }

  @Test
  void every_vat_code_and_category_has_a_name_in_each_product() {
    for (VatCode code : VatCode.values()) {
      assertThat(ExpenseExportFormat.xeroTaxType(code)).isNotBlank();
      assertThat(ExpenseExportFormat.quickBooksTaxCode(code)).isNotBlank();
    }
    for (ExpenseCategory category : ExpenseCategory.values()) {
      assertThat(ExpenseExportFormat.xeroAccount(category)).matches("[0-9]{3}");
      assertThat(ExpenseExportFormat.quickBooksAccount(category)).isNotBlank();
    }
    assertThat(ExpenseExport.fileName(ExpenseExportFormat.QUICKBOOKS, LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31))).isEqualTo("expenses-quickbooks-2026-01-01-to-2026-12-31.csv");
  }
}
