package app.jobmate.localcloud.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.BitSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EventBridge cron expression, {@code Minutes Hours Day-of-month Month Day-of-week Year}, as AWS
 * documents it: lists, ranges and increments in every field, {@code JAN-DEC} and {@code SUN-SAT}
 * (1 = Sunday), {@code ?} in exactly one of the two day fields, {@code L} (last day of the month, or
 * of the week; {@code 5L} the last Thursday), {@code W} (the weekday nearest a day, {@code LW} the
 * last weekday) and {@code #} ({@code 3#2} the second Tuesday). Years run from 1970 to 2199.
 */
record CronExpression(String text, BitSet minutes, BitSet hours, BitSet months, BitSet years, Predicate<LocalDate> days) {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("JAN", 1), Map.entry("FEB", 2), Map.entry("MAR", 3),
      Map.entry("APR", 4), Map.entry("MAY", 5), Map.entry("JUN", 6), Map.entry("JUL", 7), Map.entry("AUG", 8), Map.entry("SEP", 9),
      Map.entry("OCT", 10), Map.entry("NOV", 11), Map.entry("DEC", 12));
  private static final Map<String, Integer> WEEKDAYS = Map.of("SUN", 1, "MON", 2, "TUE", 3, "WED", 4, "THU", 5, "FRI", 6, "SAT", 7);
  private static final Pattern NEAREST_WEEKDAY = Pattern.compile("(\\d{1,2})W");
  private static final Pattern LAST_WEEKDAY_OF_MONTH = Pattern.compile("([1-7]|[A-Z]{3})L");
  private static final Pattern NTH_WEEKDAY = Pattern.compile("([1-7]|[A-Z]{3})#([1-5])");
  private static final int LAST_YEAR = 2199;

  static CronExpression parse(String text) {
    String[] fields = text.trim().toUpperCase(Locale.ROOT).split("\\s+");
    if (fields.length != 6) {
      throw invalid(text, "it needs six fields (minutes hours day-of-month month day-of-week year)");
    }
    boolean anyDayOfMonth = fields[2].equals("?");
    boolean anyDayOfWeek = fields[4].equals("?");
    if (anyDayOfMonth == anyDayOfWeek) {
      throw invalid(text, "exactly one of day-of-month and day-of-week must be ?");
    }
    return new CronExpression(text, values(text, fields[0], 0, 59, Map.of()), values(text, fields[1], 0, 23, Map.of()),
        values(text, fields[3], 1, 12, MONTHS), values(text, fields[5], 1970, LAST_YEAR, Map.of()),
        anyDayOfMonth ? dayOfWeek(text, fields[4]) : dayOfMonth(text, fields[2]));
  }

  /** The first minute strictly after {@code after} that the expression selects, if there is one before 2200. */
  Optional<LocalDateTime> firstAfter(LocalDateTime after) {
    LocalDateTime start = after.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    LocalDate date = start.toLocalDate();
    while (date.getYear() <= LAST_YEAR) {
      if (!years.get(date.getYear())) {
        date = LocalDate.of(date.getYear() + 1, 1, 1);
        continue;
      }
      if (!months.get(date.getMonthValue())) {
        date = date.withDayOfMonth(1).plusMonths(1);
        continue;
      }
      if (days.test(date)) {
        boolean first = date.equals(start.toLocalDate());
        for (int hour = hours.nextSetBit(first ? start.getHour() : 0); hour >= 0; hour = hours.nextSetBit(hour + 1)) {
          int minute = minutes.nextSetBit(first && hour == start.getHour() ? start.getMinute() : 0);
          if (minute >= 0) {
            return Optional.of(date.atTime(hour, minute));
          }
        }
      }
      date = date.plusDays(1);
    }
    return Optional.empty();
  }

  private static Predicate<LocalDate> dayOfMonth(String text, String field) {
    if (field.equals("L")) {
      return date -> date.getDayOfMonth() == date.lengthOfMonth();
    }
    if (field.equals("LW")) {
      return date -> date.equals(weekdayNearest(date.with(TemporalAdjusters.lastDayOfMonth())));
    }
    Matcher nearest = NEAREST_WEEKDAY.matcher(field);
    if (nearest.matches()) {
      int day = Integer.parseInt(nearest.group(1));
      return date -> day <= date.lengthOfMonth() && date.equals(weekdayNearest(date.withDayOfMonth(day)));
    }
    BitSet days = values(text, field, 1, 31, Map.of());
    return date -> days.get(date.getDayOfMonth());
  }

  /** The weekday nearest a date, never leaving its month (so the 1st on a Saturday gives Monday the 3rd). */
  private static LocalDate weekdayNearest(LocalDate date) {
    return switch (date.getDayOfWeek()) {
      case SATURDAY -> date.getDayOfMonth() == 1 ? date.plusDays(2) : date.minusDays(1);
      case SUNDAY -> date.getDayOfMonth() == date.lengthOfMonth() ? date.minusDays(2) : date.plusDays(1);
      default -> date;
    };
  }

  private static Predicate<LocalDate> dayOfWeek(String text, String field) {
    if (field.equals("L")) {
      return date -> awsDayOfWeek(date) == 7; // the last day of the week, Saturday
    }
    Matcher last = LAST_WEEKDAY_OF_MONTH.matcher(field);
    if (last.matches()) {
      int day = weekday(text, last.group(1));
      return date -> awsDayOfWeek(date) == day && date.plusWeeks(1).getMonth() != date.getMonth();
    }
    Matcher nth = NTH_WEEKDAY.matcher(field);
    if (nth.matches()) {
      int day = weekday(text, nth.group(1));
      int n = Integer.parseInt(nth.group(2));
      return date -> awsDayOfWeek(date) == day && (date.getDayOfMonth() - 1) / 7 + 1 == n;
    }
    BitSet days = values(text, field, 1, 7, WEEKDAYS);
    return date -> days.get(awsDayOfWeek(date));
  }

  private static int weekday(String text, String value) {
    return WEEKDAYS.containsKey(value) ? WEEKDAYS.get(value) : number(text, value, 1, 7);
  }

  /** EventBridge numbers days of the week from Sunday = 1 to Saturday = 7. */
  static int awsDayOfWeek(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day.getValue() % 7 + 1;
  }

  private static BitSet values(String text, String field, int min, int max, Map<String, Integer> names) {
    BitSet set = new BitSet(max + 1);
    for (String part : field.split(",")) {
      String[] stepped = part.split("/", -1);
      if (stepped.length > 2) {
        throw invalid(text, "'" + part + "' has more than one /");
      }
      int step = stepped.length == 2 ? number(text, stepped[1], 1, max) : 1;
      String base = stepped[0];
      int from;
      int to;
      if (base.equals("*")) {
        from = min;
        to = max;
      } else if (base.contains("-")) {
        String[] range = base.split("-", -1);
        if (range.length != 2) {
          throw invalid(text, "'" + part + "' is not a range");
        }
        from = value(text, range[0], min, max, names);
        to = value(text, range[1], min, max, names);
      } else {
        from = value(text, base, min, max, names);
        to = stepped.length == 2 ? max : from; // "5/10" means from 5 every 10
      }
      int span = to >= from ? to - from : (max - from) + (to - min) + 1; // a range may wrap, as SAT-MON does
      for (int offset = 0; offset <= span; offset += step) {
        int value = from + offset;
        set.set(value > max ? value - (max - min + 1) : value);
      }
    }
    return set;
  }

  private static int value(String text, String value, int min, int max, Map<String, Integer> names) {
    Integer named = names.get(value);
    return named != null ? named : number(text, value, min, max);
  }

  private static int number(String text, String value, int min, int max) {
    try {
      int number = Integer.parseInt(value);
      if (number < min || number > max) {
        throw invalid(text, value + " is outside " + min + "-" + max);
      }
      return number;
    } catch (NumberFormatException e) {
      throw invalid(text, "'" + value + "' is not a number or a name");
    }
  }

  private static IllegalArgumentException invalid(String text, String why) {
    return new IllegalArgumentException("cron(" + text + ") is not a valid EventBridge cron expression: " + why);
  }
}
