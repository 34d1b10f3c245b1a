package app.jobmate.projections.reports.exports;

import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.reports.ExpenseReportLine;
import java.util.List;

/**
 * The accountant's expense imports: one row per counted expense, amounts tax exclusive (the net as the
 * unit amount, the VAT as recorded to the penny), UK dates, pounds with two decimals, and the VAT
 * codes and categories mapped to each product's UK names (docs/exports.md has the tables).
 * <ul>
 *   <li>{@link #XERO}: Xero's bill import (Business → Bills to pay → Import), its template's columns;
 *       choose "tax exclusive" on import. The invoice number is the expense's id.</li>
 *   <li>{@link #QUICKBOOKS}: QuickBooks Online's bill import (UK), its columns; "Amounts are: exclusive
 *       of tax".</li>
 * </ul>
 */
public enum ExpenseExportFormat {
  XERO("xero", List.of("*ContactName", "EmailAddress", "POAddressLine1", "POAddressLine2", "POAddressLine3",
      "POAddressLine4", "POCity", "PORegion", "POPostalCode", "POCountry", "*InvoiceNumber", "*InvoiceDate",
      "*DueDate", "Total", "InventoryItemCode", "Description", "*Quantity", "*UnitAmount", "*AccountCode", "*TaxType",
      "TaxAmount", "TrackingName1", "TrackingOption1", "TrackingName2", "TrackingOption2", "Currency")),
  QUICKBOOKS("quickbooks", List.of("Bill No.", "Supplier", "Bill Date", "Due Date", "Terms", "Location", "Memo",
      "Account", "Line Description", "Line Amount", "Line Tax Code", "Line Tax Amount", "Currency"));

  private final String wireName;
  private final List<String> header;

  ExpenseExportFormat(String wireName, List<String> header) {
    this.wireName = wireName;
    this.header = header;
  }

  public String wireName() {
    return wireName;
  }

  public List<String> header() {
    return header;
  }

  /** The row of one expense, as many fields as the header. */
  public List<String> row(ExportedExpense expense) {
    ExpenseReportLine l = expense.line();
    String date = Csv.ukDate(l.date());
    String description = Csv.text(l.description() == null ? l.supplier() : l.description());
    return switch (this) {
      case XERO -> List.of(Csv.text(l.supplier()), "", "", "", "", "", "", "", "", "", expense.expenseId(), date, date,
          Csv.pounds(l.gross()), "", description, "1", Csv.pounds(l.net()), xeroAccount(l.category()),
          xeroTaxType(l.vatCode()), Csv.pounds(l.vat()), "", "", "", "", "GBP");
      case QUICKBOOKS -> List.of(expense.expenseId(), Csv.text(l.supplier()), date, date, "", "",
          Csv.text(memo(l)), quickBooksAccount(l.category()), description, Csv.pounds(l.net()),
          quickBooksTaxCode(l.vatCode()), Csv.pounds(l.vat()), "GBP");
    };
  }

  private static String memo(ExpenseReportLine l) {
    return l.member() == null ? "Paid by the company" : "Paid by a member of staff";
  }

  /** Xero's default UK tax rate names for purchases. */
  static String xeroTaxType(VatCode code) {
    return switch (code) {
      case STANDARD -> "20% (VAT on Expenses)";
      case REDUCED -> "5% (VAT on Expenses)";
      case ZERO -> "Zero Rated Expenses";
      case EXEMPT -> "Exempt Expenses";
      case OUTSIDE_SCOPE -> "No VAT";
      case REVERSE_CHARGE -> "Domestic Reverse Charge @ 20%";
      case REVERSE_CHARGE_REDUCED -> "Domestic Reverse Charge @ 5%";
    };
  }

  /** QuickBooks Online's UK VAT codes. */
  static String quickBooksTaxCode(VatCode code) {
    return switch (code) {
      case STANDARD -> "20.0% S";
      case REDUCED -> "5.0% R";
      case ZERO -> "0.0% Z";
      case EXEMPT -> "Exempt";
      case OUTSIDE_SCOPE -> "No VAT";
      case REVERSE_CHARGE -> "20.0% RC CIS";
      case REVERSE_CHARGE_REDUCED -> "5.0% RC CIS";
    };
  }

  /** Xero's default UK chart of accounts. */
  static String xeroAccount(ExpenseCategory category) {
    return switch (category) {
      case MATERIALS -> "310";
      case SUBCONTRACTORS -> "320";
      case FUEL, MILEAGE -> "449";
      case SUBSISTENCE -> "493";
      case TOOLS, OTHER -> "429";
    };
  }

  /** QuickBooks Online's default UK account names. */
  static String quickBooksAccount(ExpenseCategory category) {
    return switch (category) {
      case MATERIALS -> "Cost of sales";
      case SUBCONTRACTORS -> "Subcontractors";
      case FUEL, MILEAGE -> "Travel";
      case SUBSISTENCE -> "Meals and entertainment";
      case TOOLS -> "Tools and small equipment";
      case OTHER -> "Other general and administrative expenses";
    };
  }
}
