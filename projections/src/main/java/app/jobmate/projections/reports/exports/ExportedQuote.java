package app.jobmate.projections.reports.exports;

import app.jobmate.events.values.VatCode;
import java.time.LocalDate;
import java.util.List;

/**
 * An accepted quote as the exports read it: its number as printed, title, the customer's name as the
 * customer book has it now ("Erased customer" once erased), the London day it was accepted, and what
 * the customer accepted as one part per VAT code: the net at that code (after the quote's discounts)
 * and its VAT, exactly as the quote's totals show them, so that the parts add up to the quote's net and
 * VAT to the penny.
 */
public record ExportedQuote(String quoteId, String displayNumber, String title, String customerName,
                            LocalDate acceptedOn, long gross, List<Part> parts) {

  public ExportedQuote {
    parts = List.copyOf(parts);
  }

  /** The net and VAT of the quote at one VAT code (the reverse charge's VAT is the customer's: 0 here). */
  public record Part(VatCode vatCode, long net, long vat) {
  }
}
