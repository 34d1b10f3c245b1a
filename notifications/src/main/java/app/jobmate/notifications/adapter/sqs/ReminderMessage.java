package app.jobmate.notifications.adapter.sqs;

import app.jobmate.events.EventJson;
import app.jobmate.events.StreamId;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.values.TenantId;
import app.jobmate.notifications.tasks.TaskStreams;
import app.jobmate.notifications.tasks.reminders.ReminderWork;
import app.jobmate.notifications.tasks.reminders.ReminderWork.Plan;
import app.jobmate.notifications.tasks.reminders.ReminderWork.PlanVisits;
import app.jobmate.notifications.tasks.reminders.ReminderWork.Remind;
import app.jobmate.notifications.tasks.reminders.ReminderWork.RemindMember;
import app.jobmate.events.values.UserId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The body of a message on the reminder queue:
 * {@code {"work":"plan","day":"2026-11-27"}} (the first page), or with {@code "afterTenantId"} and
 * {@code "afterTaskId"} (a later one), and {@code {"work":"remind","day":…,"tenantId":…,"taskId":…}}; a day's
 * visits {@code {"work":"plan-visits","day":…}}, with {@code "after"} for a later page, and a person's day
 * {@code {"work":"remind-member","day":…,"tenantId":…,"memberId":…}}.
 */
public final class ReminderMessage {

  private ReminderMessage() {
  }

  public static String write(ReminderWork work) {
    ObjectNode json = EventJson.mapper().createObjectNode();
    switch (work) {
      case Plan plan -> {
        json.put("work", "plan").put("day", plan.day().toString());
        if (plan.after() != null) {
          json.put("afterTenantId", plan.after().tenantId().value()).put("afterTaskId", plan.after().streamId());
        }
      }
      case Remind remind -> json.put("work", "remind").put("day", remind.day().toString())
          .put("tenantId", remind.task().tenantId().value()).put("taskId", remind.task().streamId());
      case PlanVisits plan -> {
        json.put("work", "plan-visits").put("day", plan.day().toString());
        if (plan.after() != null) {
          json.put("after", plan.after());
        }
      }
      case RemindMember remind -> json.put("work", "remind-member").put("day", remind.day().toString())
          .put("tenantId", remind.tenant().value()).put("memberId", remind.member().value());
    }
    return json.toString();
  }

  /** @throws IllegalArgumentException for a body that names no work (a poison message) */
  public static ReminderWork read(String body) {
    JsonNode json;
    try {
      json = EventJson.mapper().readTree(body == null ? "" : body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the reminder message is not JSON: " + e.getOriginalMessage(), e);
    }
    if (json == null || !json.isObject()) {
      throw new IllegalArgumentException("the reminder message is not a JSON object");
    }
    LocalDate day = day(json);
    return switch (json.path("work").asText()) {
      case "plan" -> new Plan(day, json.has("afterTenantId") || json.has("afterTaskId")
          ? task(json, "afterTenantId", "afterTaskId") : null);
      case "remind" -> new Remind(day, task(json, "tenantId", "taskId"));
      case "plan-visits" -> new PlanVisits(day, json.has("after") ? text(json, "after") : null);
      case "remind-member" -> new RemindMember(day, TenantId.of(text(json, "tenantId")), UserId.of(text(json, "memberId")));
      default -> throw new IllegalArgumentException(
          "the reminder message names no work (plan, remind, plan-visits or remind-member)");
    };
  }

  private static LocalDate day(JsonNode json) {
    try {
      return LocalDate.parse(json.path("day").asText());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("the reminder message names no day", e);
    }
  }

  private static String text(JsonNode json, String field) {
    if (!json.path(field).isTextual()) {
      throw new IllegalArgumentException("the reminder message names no " + field);
    }
    return json.get(field).asText();
  }

  private static StreamId task(JsonNode json, String tenantField, String taskField) {
    if (!json.path(tenantField).isTextual() || !json.path(taskField).isTextual()) {
      throw new IllegalArgumentException("the reminder message names no " + tenantField + " and " + taskField);
    }
    return TaskStreams.of(TenantId.of(json.get(tenantField).asText()), TaskId.of(json.get(taskField).asText()));
  }
}
