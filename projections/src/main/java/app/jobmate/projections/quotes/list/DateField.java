package app.jobmate.projections.quotes.list;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** The dates the quotes list can be filtered on, each a day in London. */
public enum DateField {
  DRAFTED("drafted", "draftedOn", QuoteListItem::draftedOn),
  ISSUED("issued", "issuedOn", QuoteListItem::issuedOn),
  FIRST_ISSUED("firstIssued", "firstIssuedOn", QuoteListItem::firstIssuedOn),
  VALID_UNTIL("validUntil", "validUntil", QuoteListItem::validUntil),
  ACCEPTED("accepted", "acceptedOn", QuoteListItem::acceptedOn),
  DECLINED("declined", "declinedOn", QuoteListItem::declinedOn);

  private final String wireName;
  private final String field;
  private final Function<QuoteListItem, LocalDate> date;

  DateField(String wireName, String field, Function<QuoteListItem, LocalDate> date) {
    this.wireName = wireName;
    this.field = field;
    this.date = date;
  }

  public String wireName() {
    return wireName;
  }

  public String field() {
    return field;
  }

  public LocalDate dateOf(QuoteListItem item) {
    return date.apply(item);
  }

  public static Optional<DateField> find(String wireName) {
    return Arrays.stream(values()).filter(f -> f.wireName.equals(wireName)).findFirst();
  }
}
