package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.quotes.QuoteDecider;
import app.jobmate.commands.quotes.QuoteDetails;
import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.quotes.LineId;
import app.jobmate.events.quotes.PercentOrAmount;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Percentage;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.SiteId;
import app.jobmate.events.values.VatCode;
import app.jobmate.lambda.http.Fields;
import app.jobmate.lambda.http.Reader;
import app.jobmate.commands.quotes.QuotePolicies.QuotePolicy;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The JSON of quote commands, read strictly: unknown fields, wrong types and values the value
 * types refuse are all reported at once, each under its field's name.
 */
final class QuoteRequests {

  private static final String[] DETAIL_FIELDS = {"customerId", "siteId", "title", "notes", "terms", "validUntil",
      "discount", "deposit"};
  private static final String[] LINE_FIELDS = {"description", "quantity", "unitPrice", "vatCode", "discount", "optional",
      "pricesIncludeVat"};

  static final Reader<String> REASON = Reader.text(1_000);

  private QuoteRequests() {
  }

  static String[] draftFields() {
    return CommandRequests.names(DETAIL_FIELDS, "quoteId", "lines", CommandRequests.EXPECTED_VERSION);
  }

  static String[] detailFields() {
    return CommandRequests.names(DETAIL_FIELDS, CommandRequests.EXPECTED_VERSION);
  }

  static String[] newLineFields() {
    return CommandRequests.names(LINE_FIELDS, "lineId", CommandRequests.EXPECTED_VERSION);
  }

  static String[] lineFields() {
    return CommandRequests.names(LINE_FIELDS, CommandRequests.EXPECTED_VERSION);
  }

  static QuoteId quoteId(Fields fields) {
    return fields.required("quoteId", Reader.id(QuoteId::of));
  }

  /** The details of a draft; a valid-until date must be from today to a year from today. */
  static QuoteDetails details(Fields f, LocalDate today) {
    CustomerId customer = f.required("customerId", Reader.id(CustomerId::of));
    SiteId site = f.optional("siteId", Reader.id(SiteId::of));
    String title = f.required("title", Reader.text(QuoteDetails.MAX_TITLE));
    String notes = f.optional("notes", Reader.text(QuoteDetails.MAX_NOTES));
    String terms = f.optional("terms", Reader.text(QuoteDetails.MAX_TERMS));
    var validUntil = f.optional("validUntil", Reader.date(today, today.plusDays(QuotePolicy.MAX_VALIDITY_DAYS)));
    PercentOrAmount discount = f.optionalObject("discount", QuoteRequests::percentOrAmount);
    PercentOrAmount deposit = f.optionalObject("deposit", QuoteRequests::percentOrAmount);
    return f.isValid() ? new QuoteDetails(customer, site, title, notes, terms, validUntil, discount, deposit) : null;
  }

  static List<QuoteLine> lines(Fields f) {
    return f.list("lines", QuoteDecider.MAX_LINES, line -> {
      line.allowOnly(CommandRequests.names(LINE_FIELDS, "lineId"));
      return line(line, line.required("lineId", Reader.id(LineId::of)));
    });
  }

  /** A line's fields; {@code lineId} comes from the body (a new line) or the path (a changed one). */
  static QuoteLine line(Fields f, LineId lineId) {
    String description = f.required("description", Reader.text(QuoteLine.MAX_DESCRIPTION));
    Quantity quantity = f.required("quantity", Reader.decimal(Quantity::of));
    Money unitPrice = f.required("unitPrice", Reader.integer(0, QuoteLine.MAX_UNIT_PRICE_PENCE).andThen(Money::ofPence));
    VatCode vatCode = f.required("vatCode", Reader.text(20, VatCode::fromWireName));
    PercentOrAmount discount = f.optionalObject("discount", QuoteRequests::percentOrAmount);
    Boolean optional = f.optional("optional", Reader.bool());
    Boolean includesVat = f.optional("pricesIncludeVat", Reader.bool());
    if (quantity != null && unitPrice != null && QuoteLine.amountOf(quantity, unitPrice) > QuoteLine.MAX_AMOUNT_PENCE) {
      f.reject("unitPrice", "makes the line (quantity × unitPrice) more than £10,000,000");
    }
    return f.isValid() ? new QuoteLine(lineId, description, quantity, unitPrice, vatCode, discount,
        Boolean.TRUE.equals(optional), Boolean.TRUE.equals(includesVat)) : null;
  }

  /** {@code {"percent": 12.5}} or {@code {"amount": 5000}}, exactly one of them. */
  static PercentOrAmount percentOrAmount(Fields f) {
    f.allowOnly("percent", "amount");
    boolean percent = f.has("percent");
    if (percent == f.has("amount")) {
      f.reject("", "must have either percent or amount");
      return null;
    }
    return percent ? f.optional("percent", Reader.decimal(p -> new PercentOrAmount.Percent(Percentage.of(p))))
        : f.optional("amount", Reader.integer(1, Money.LIMIT_PENCE).andThen(p -> new PercentOrAmount.Amount(Money.ofPence(p))));
  }

  /** An optional array of line ids; absent reads as none. */
  static Set<LineId> lineIds(Fields f, String name) {
    Reader<LineId> id = Reader.id(LineId::of);
    Set<LineId> ids = f.optional(name, value -> {
      if (!value.isArray() || value.size() > QuoteDecider.MAX_LINES) {
        throw new IllegalArgumentException("must be an array of at most " + QuoteDecider.MAX_LINES + " line ids");
      }
      Set<LineId> read = new LinkedHashSet<>();
      value.forEach(v -> read.add(id.read(v)));
      return read;
    });
    return ids == null ? Set.of() : ids;
  }

  static DeclineReason declineReason(Fields f) {
    return f.required("reason", Reader.text(40, DeclineReason::fromWireName));
  }
}
