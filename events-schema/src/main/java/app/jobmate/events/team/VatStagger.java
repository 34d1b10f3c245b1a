package app.jobmate.events.team;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Month;
import java.util.Arrays;
import java.util.List;

/**
 * When the business's VAT quarters end: HMRC's three staggers (VAT Notice 700/12, section 2). Stagger
 * 1 ends in March, June, September and December; stagger 2 in April, July, October and January;
 * stagger 3 in May, August, November and February.
 */
public enum VatStagger {
  STAGGER_1("mar-jun-sep-dec", Month.MARCH),
  STAGGER_2("apr-jul-oct-jan", Month.APRIL),
  STAGGER_3("may-aug-nov-feb", Month.MAY);

  private final String wireName;
  private final Month firstQuarterEnd;

  VatStagger(String wireName, Month firstQuarterEnd) {
    this.wireName = wireName;
    this.firstQuarterEnd = firstQuarterEnd;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** The four months in which its quarters end. */
  public List<Month> quarterEnds() {
    return List.of(firstQuarterEnd, firstQuarterEnd.plus(3), firstQuarterEnd.plus(6), firstQuarterEnd.plus(9));
  }

  @JsonCreator
  public static VatStagger fromWireName(String wireName) {
    return Arrays.stream(values()).filter(s -> s.wireName.equals(wireName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown VAT stagger '" + wireName
            + "'; expected mar-jun-sep-dec, apr-jul-oct-jan or may-aug-nov-feb"));
  }
}
