package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.diary.series.SeriesCommand.ScheduleSeries;
import app.jobmate.events.Actor;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ClashOverride;
import app.jobmate.events.diary.SeriesId;
import app.jobmate.events.diary.SeriesRule;
import app.jobmate.events.diary.SeriesRule.Frequency;
import app.jobmate.events.diary.SeriesRule.MonthWeek;
import app.jobmate.events.diary.SeriesRule.Weekday;
import app.jobmate.events.values.Identifier;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.UserId;
import app.jobmate.lambda.http.Fields;
import app.jobmate.lambda.http.Reader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The JSON of recurring-series commands (docs/api.md, the diary), read strictly like the single
 * appointments': unknown fields, wrong types and values the rule refuses are reported at once, each under
 * its field's path ({@code rule.weekdays}).
 */
final class SeriesRequests {

  static final String[] SCHEDULE_FIELDS = {"seriesId", "kind", "members", "jobId", "title", "notes", "override", "rule"};
  static final String[] RULE_FIELDS = {"frequency", "every", "weekdays", "dayOfMonth", "week", "weekday", "from", "until",
      "count", "startTime", "minutes"};
  private static final Pattern TIME = Pattern.compile("[0-9]{2}:[0-9]{2}");

  private SeriesRequests() {
  }

  /** What {@code POST /appointment-series} asks for, every field checked; {@code null} when any is invalid. */
  record Schedule(SeriesId seriesId, SeriesRule rule, AppointmentKind kind, List<UserId> members, JobId jobId,
                  String title, String notes, String overrideReason) {

    ScheduleSeries command(Actor actor) {
      return new ScheduleSeries(seriesId, rule, kind, members, jobId, title, notes, overrideReason, actor);
    }
  }

  static Schedule schedule(Fields f, LocalDate today) {
    f.allowOnly(SCHEDULE_FIELDS);
    SeriesId seriesId = f.required("seriesId", Reader.text(36, text -> new SeriesId(Identifier.parseVersion7(text))));
    AppointmentKind kind = f.required("kind", Reader.text(20, AppointmentKind::fromWireName));
    List<UserId> members = f.required("members", DiaryRequests.members());
    JobId jobId = f.optional("jobId", Reader.id(JobId::of));
    String title = f.required("title", Reader.text(Booking.MAX_TITLE));
    String notes = f.optional("notes", Reader.text(Booking.MAX_NOTES));
    String overrideReason = f.optionalObject("override", o -> {
      o.allowOnly("reason");
      return o.required("reason", Reader.text(ClashOverride.MAX_REASON));
    });
    SeriesRule rule = f.requiredObject("rule", r -> rule(r, today));
    if (jobId != null && kind == AppointmentKind.BLOCKED) {
      f.reject("jobId", "blocked time visits no job; leave it out or set up a job-visit series");
    }
    return f.isValid() ? new Schedule(seriesId, rule, kind, members, jobId, title, notes, overrideReason) : null;
  }

  private static SeriesRule rule(Fields r, LocalDate today) {
    r.allowOnly(RULE_FIELDS);
    Frequency frequency = r.required("frequency", Reader.text(10, Frequency::fromWireName));
    Long every = r.required("every", Reader.integer(1, SeriesRule.MAX_EVERY));
    List<Weekday> weekdays = r.optional("weekdays", weekdays());
    Long dayOfMonth = r.optional("dayOfMonth", Reader.integer(1, 31));
    MonthWeek week = r.optional("week", Reader.text(10, MonthWeek::fromWireName));
    Weekday weekday = r.optional("weekday", Reader.text(10, Weekday::fromWireName));
    LocalDate from = r.required("from", Reader.date(today.minusDays(1), today.plusYears(10)));
    LocalDate until = r.optional("until", Reader.date(SeriesRule.FIRST_DAY, SeriesRule.LAST_DAY));
    Long count = r.optional("count", Reader.integer(1, SeriesRule.MAX_COUNT));
    LocalTime startTime = r.required("startTime", Reader.text(5, SeriesRequests::time));
    Long minutes = r.required("minutes", Reader.integer(1, SeriesRule.MAX_MINUTES));
    if (frequency != null) {
      switch (frequency) {
        case DAILY -> onlyFor(r, "a daily series", weekdays, "weekdays", dayOfMonth, "dayOfMonth", week, "week", weekday,
            "weekday");
        case WEEKLY -> {
          if (!r.has("weekdays")) {
            r.reject("weekdays", "is required for a weekly series");
          }
          onlyFor(r, "a weekly series", dayOfMonth, "dayOfMonth", week, "week", weekday, "weekday");
        }
        case MONTHLY -> {
          onlyFor(r, "a monthly series", weekdays, "weekdays");
          if ((dayOfMonth == null) == (week == null || weekday == null) || (dayOfMonth != null && (week != null
              || weekday != null))) {
            r.reject("dayOfMonth", "a monthly series is on a dayOfMonth, or on a week and weekday");
          }
        }
      }
    }
    if (until != null && count != null) {
      r.reject("count", "a series ends on until or after count, not both");
    }
    if (until != null && from != null && until.isBefore(from)) {
      r.reject("until", "must be on or after from");
    }
    if (!r.isValid()) {
      return null;
    }
    SeriesRule rule = new SeriesRule(frequency, every.intValue(), weekdays, dayOfMonth == null ? null : dayOfMonth.intValue(),
        week, weekday, from, until, count == null ? null : count.intValue(), startTime, minutes.intValue());
    if (rule.days(from, SeriesRule.LAST_DAY.plusDays(1)).findAny().isEmpty()) {
      r.reject("", "the rule has no occurrence from " + from);
      return null;
    }
    return rule;
  }

  private static void onlyFor(Fields r, String what, Object... valuesAndNames) {
    for (int i = 0; i < valuesAndNames.length; i += 2) {
      if (valuesAndNames[i] != null) {
        r.reject((String) valuesAndNames[i + 1], "is not for " + what);
      }
    }
  }

  private static LocalTime time(String text) {
    if (!TIME.matcher(text).matches()) {
      throw new IllegalArgumentException("must be a time on London's clock, HH:MM");
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("is not a time of day");
    }
  }

  private static Reader<List<Weekday>> weekdays() {
    return value -> {
      if (!value.isArray() || value.isEmpty() || value.size() > 7) {
        throw new IllegalArgumentException("must be an array of 1 to 7 weekdays (monday to sunday)");
      }
      List<Weekday> days = new ArrayList<>();
      for (var item : value) {
        if (!item.isTextual()) {
          throw new IllegalArgumentException("must be weekdays (monday to sunday)");
        }
        days.add(Weekday.fromWireName(item.asText()));
      }
      if (new HashSet<>(days).size() != days.size()) {
        throw new IllegalArgumentException("must name each weekday once");
      }
      return days;
    };
  }
}
