package app.jobmate.commands.adapter.lambda;

import app.jobmate.events.resources.Skills;
import app.jobmate.events.resources.StaffProfileEvent;
import app.jobmate.events.resources.TimeRange;
import app.jobmate.events.resources.WorkingWeek;
import app.jobmate.events.team.BusinessEvent;
import app.jobmate.events.values.Identifier;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.UserId;
import app.jobmate.lambda.http.Fields;
import app.jobmate.lambda.http.Reader;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON of staff profile commands, read strictly: every invalid field named at its full path
 * ({@code workingHours.monday[1].end}).
 */
final class StaffProfileRequests {

  static final String[] PROFILE_FIELDS = {"skills", "workingHours", CommandRequests.EXPECTED_VERSION};
  static final String[] COST_FIELDS = {"hourlyCost", "effectiveFrom", CommandRequests.EXPECTED_VERSION};
  private static final String[] DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  private static final Reader<String> TIME = Reader.text(5);
  private static final Reader<List<String>> SKILLS = value -> {
    if (!value.isArray()) {
      throw new IllegalArgumentException("must be an array of text");
    }
    if (value.size() > Skills.MAX_SKILLS) {
      throw new IllegalArgumentException("must have at most " + Skills.MAX_SKILLS + " skills");
    }
    List<String> skills = new ArrayList<>();
    for (JsonNode skill : value) {
      if (!skill.isTextual()) {
        throw new IllegalArgumentException("must be an array of text");
      }
      skills.add(skill.textValue());
    }
    return Skills.of(skills);
  };

  private StaffProfileRequests() {
  }

  /** The skills ({@code []} for none) and the working week: a day left out is a day off. */
  static Profile profile(Fields f) {
    List<String> skills = f.required("skills", SKILLS);
    WorkingWeek week = f.requiredObject("workingHours", StaffProfileRequests::week);
    return f.isValid() ? new Profile(skills, week) : null;
  }

  record Profile(List<String> skills, WorkingWeek workingHours) {
  }

  private static WorkingWeek week(Fields f) {
    f.allowOnly(DAYS);
    Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      String name = day.name().toLowerCase(Locale.ROOT);
      List<TimeRange> ranges = f.list(name, WorkingWeek.MAX_RANGES, StaffProfileRequests::range);
      try {
        days.put(day, WorkingWeek.day(ranges, name));
      } catch (IllegalArgumentException e) {
        f.reject(name, "must not overlap: " + e.getMessage());
      }
    }
    if (!f.isValid()) {
      return null;
    }
    return new WorkingWeek(days.get(DayOfWeek.MONDAY), days.get(DayOfWeek.TUESDAY), days.get(DayOfWeek.WEDNESDAY),
        days.get(DayOfWeek.THURSDAY), days.get(DayOfWeek.FRIDAY), days.get(DayOfWeek.SATURDAY),
        days.get(DayOfWeek.SUNDAY));
  }

  private static TimeRange range(Fields f) {
    f.allowOnly("start", "end");
    String start = f.required("start", TIME);
    String end = f.required("end", TIME);
    if (start == null || end == null) {
      return null;
    }
    try {
      return new TimeRange(start, end);
    } catch (IllegalArgumentException e) {
      f.reject(e.getMessage().startsWith("start") ? "start" : "end", e.getMessage());
      return null;
    }
  }

  /** A member is named by their user id, the user pool's sub: a UUID. */
  static UserId member(String text) {
    Identifier.parse(text);
    return UserId.of(text);
  }

  static Money hourlyCost(Fields f) {
    Long pence = f.required("hourlyCost", Reader.integer(0, BusinessEvent.MAX_HOURLY_PENCE));
    return pence == null ? null : Money.ofPence(pence);
  }

  static LocalDate effectiveFrom(Fields f) {
    return f.required("effectiveFrom", Reader.date(StaffProfileEvent.EARLIEST_DATE, StaffProfileEvent.LATEST_DATE));
  }
}
