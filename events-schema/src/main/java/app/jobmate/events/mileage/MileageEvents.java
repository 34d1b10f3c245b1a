package app.jobmate.events.mileage;

import app.jobmate.events.EventContext;
import app.jobmate.events.EventType;
import app.jobmate.events.values.TaxYear;
import app.jobmate.events.values.UserId;
import java.util.List;

/**
 * The mileage context in the published language: the count of a person's car and van business miles
 * in a tax year, which mileage expenses are priced from (docs/decisions/mileage-threshold.md). Its own
 * context, so that the expenses' consumers do not receive the counts and the counts' read side follows
 * its own source.
 */
public final class MileageEvents {

  /** The stream type of a person's count in a tax year: {@code <tenantId>#mileage#<memberId>-<startYear>}. */
  public static final String STREAM = "mileage";

  public static final EventContext CONTEXT = new EventContext("mileage", List.of(
      type("MileageCounted", 1, MileageEvent.MileageCounted.class),
      type("MileageReleased", 1, MileageEvent.MileageReleased.class)));

  private MileageEvents() {
  }

  /** The id of {@code member}'s count stream in {@code year}: {@code <memberId>-<startYear>}. */
  public static String streamId(UserId member, TaxYear year) {
    return member + "-" + year.startYear();
  }

  private static <E extends MileageEvent> EventType<E> type(String name, int version, Class<E> type) {
    return new EventType<>(name, version, "mileage", STREAM, type);
  }
}
