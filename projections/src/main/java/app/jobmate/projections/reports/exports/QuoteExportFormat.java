package app.jobmate.projections.reports.exports;

import app.jobmate.events.values.VatCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The accountant's sales imports of accepted quotes. Neither product imports quotes from a file, so an
 * accepted quote is written as a sales invoice to import as a draft: one line per VAT code of the quote
 * (its net at that code after discounts as the unit amount, the VAT to the penny as the tax amount), so
 * that the draft's totals are the quote's, whatever rounding the quote used. The quote's number is the
 * invoice number; UK dates, pounds with two decimals (docs/exports.md has the tables).
 * <ul>
 *   <li>{@link #XERO}: Xero's sales invoice import (Business → Invoices → Import), its template's columns;
 *       choose "tax exclusive" on import.</li>
 *   <li>{@link #QUICKBOOKS}: QuickBooks Online's invoice import (UK), its columns; "exclusive of tax".</li>
 * </ul>
 */
public enum QuoteExportFormat {
  XERO("xero", List.of("*ContactName", "EmailAddress", "POAddressLine1", "POAddressLine2", "POAddressLine3",
      "POAddressLine4", "POCity", "PORegion", "POPostalCode", "POCountry", "*InvoiceNumber", "Reference", "*InvoiceDate",
      "*DueDate", "Total", "InventoryItemCode", "*Description", "*Quantity", "*UnitAmount", "Discount", "*AccountCode",
      "*TaxType", "TaxAmount", "TrackingName1", "TrackingOption1", "TrackingName2", "TrackingOption2", "Currency",
      "BrandingTheme")),
  QUICKBOOKS("quickbooks", List.of("Invoice No", "Customer", "Invoice Date", "Due Date", "Terms", "Location", "Memo",
      "Item(Product/Service)", "Item Description", "Item Quantity", "Item Rate", "Item Amount", "Item Tax Code",
      "Item Tax Amount", "Currency", "Service Date"));

  /** Xero's default UK chart: 200 Sales. */
  static final String XERO_SALES_ACCOUNT = "200";
  /** The product or service QuickBooks Online's UK companies start with. */
  static final String QUICKBOOKS_ITEM = "Services";

  private final String wireName;
  private final List<String> header;

  QuoteExportFormat(String wireName, List<String> header) {
    this.wireName = wireName;
    this.header = header;
  }

  public String wireName() {
    return wireName;
  }

  public List<String> header() {
    return header;
  }

  /** The rows of one quote, one per VAT code it has (at least one), each as many fields as the header. */
  public List<List<String>> rows(ExportedQuote quote) {
    List<ExportedQuote.Part> parts = quote.parts().isEmpty()
        ? List.of(new ExportedQuote.Part(VatCode.OUTSIDE_SCOPE, 0, 0)) : quote.parts();
    String date = Csv.ukDate(quote.acceptedOn());
    String customer = Csv.text(quote.customerName());
    List<List<String>> rows = new ArrayList<>(parts.size());
    for (ExportedQuote.Part part : parts) {
      String description = Csv.text(quote.title() == null ? label(part.vatCode())
          : quote.title() + " (" + label(part.vatCode()) + ")");
      rows.add(switch (this) {
        case XERO -> List.of(customer, "", "", "", "", "", "", "", "", "", quote.displayNumber(), Csv.text(quote.title()),
            date, date, Csv.pounds(quote.gross()), "", description, "1", Csv.pounds(part.net()), "", XERO_SALES_ACCOUNT,
            xeroTaxType(part.vatCode()), Csv.pounds(part.vat()), "", "", "", "", "GBP", "");
        case QUICKBOOKS -> List.of(quote.displayNumber(), customer, date, date, "", "", Csv.text(quote.title()),
            QUICKBOOKS_ITEM, description, "1", Csv.pounds(part.net()), Csv.pounds(part.net()),
            ExpenseExportFormat.quickBooksTaxCode(part.vatCode()), Csv.pounds(part.vat()), "GBP", date);
      });
    }
    return rows;
  }

  /** How a line's VAT code reads in its description. */
  static String label(VatCode code) {
    return switch (code) {
      case STANDARD -> "standard rate";
      case REDUCED -> "reduced rate";
      case ZERO -> "zero rate";
      case EXEMPT -> "exempt";
      case OUTSIDE_SCOPE -> "outside the scope of VAT";
      case REVERSE_CHARGE -> "reverse charge, standard rate";
      case REVERSE_CHARGE_REDUCED -> "reverse charge, reduced rate";
    };
  }

  /** Xero's default UK tax rate names for sales (the reverse charge rates once switched on). */
  static String xeroTaxType(VatCode code) {
    return switch (code) {
      case STANDARD -> "20% (VAT on Income)";
      case REDUCED -> "5% (VAT on Income)";
      case ZERO -> "Zero Rated Income";
      case EXEMPT -> "Exempt Income";
      case OUTSIDE_SCOPE -> "No VAT";
      case REVERSE_CHARGE -> "Domestic Reverse Charge @ 20% (VAT on Income)";
      case REVERSE_CHARGE_REDUCED -> "Domestic Reverse Charge @ 5% (VAT on Income)";
    };
  }
}
