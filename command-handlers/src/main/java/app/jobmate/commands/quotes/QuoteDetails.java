package app.jobmate.commands.quotes;

import app.jobmate.events.quotes.PercentOrAmount;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.SiteId;
import java.time.LocalDate;

/**
 * What a quote says besides its lines. {@code validUntil} absent means "the tenant's validity from
 * the day it is issued"; discount applies to the whole quote; deposit is asked of the gross.
 */
public record QuoteDetails(CustomerId customerId, SiteId siteId, String title, String notes, String terms,
                           LocalDate validUntil, PercentOrAmount discount, PercentOrAmount deposit) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_NOTES = 5_000;
  public static final int MAX_TERMS = 10_000;

  public QuoteDetails {
    if (customerId == null) {
      throw new IllegalArgumentException("customerId is required");
    }
    if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
      throw new IllegalArgumentException("title must be 1 to " + MAX_TITLE + " characters");
    }
    if (notes != null && notes.length() > MAX_NOTES) {
      throw new IllegalArgumentException("notes must be at most " + MAX_NOTES + " characters");
    }
    if (terms != null && terms.length() > MAX_TERMS) {
      throw new IllegalArgumentException("terms must be at most " + MAX_TERMS + " characters");
    }
  }

  QuoteDetails withoutValidUntil() {
    return new QuoteDetails(customerId, siteId, title, notes, terms, null, discount, deposit);
  }
}
