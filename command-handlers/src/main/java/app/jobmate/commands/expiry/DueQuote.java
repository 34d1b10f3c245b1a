package app.jobmate.commands.expiry;

import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.TenantId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * An open quote in the expiry index, as its stream stood at {@code version}: valid until
 * {@code validUntil} (a Europe/London date), so expired from the day after.
 */
public record DueQuote(TenantId tenant, QuoteId quote, LocalDate validUntil, long version) {

  public DueQuote {
    if (tenant == null || quote == null || validUntil == null || version < 1) {
      throw new IllegalArgumentException("tenant, quote, validUntil and a version from 1 are required");
    }
  }

  /** The first day the quote is no longer valid: the day its expiry is due. */
  public LocalDate day() {
    return validUntil.plusDays(1);
  }

  public Position position() {
    return new Position(day(), tenant, quote);
  }

  /**
   * Where a quote stands in the index's order: by day, then tenant, then quote. Its key
   * {@code <day>#<tenantId>#<quoteId>} sorts as the position does (ISO dates sort as text, and
   * neither a tenant id nor a quote id holds a {@code #}), so a store may order by the key.
   */
  public record Position(LocalDate day, TenantId tenant, QuoteId quote) implements Comparable<Position> {

    public Position {
      if (day == null || tenant == null || quote == null) {
        throw new IllegalArgumentException("day, tenant and quote are required");
      }
    }

    public String key() {
      return day + "#" + tenant.value() + "#" + quote;
    }

    public static Position ofKey(String key) {
      String[] parts = key == null ? new String[0] : key.split("#", -1);
      if (parts.length != 3) {
        throw new IllegalArgumentException("not a position in the expiry index: " + key);
      }
      try {
        return new Position(LocalDate.parse(parts[0]), TenantId.of(parts[1]), QuoteId.of(parts[2]));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a position in the expiry index: " + key, e);
      }
    }

    @Override
    public int compareTo(Position other) {
      return key().compareTo(other.key());
    }

    @Override
    public String toString() {
      return key();
    }
  }
}
