package app.jobmate.projections.tasks.list;

import app.jobmate.events.EventJson;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.projections.query.SortOrder;
import app.jobmate.projections.tasks.Task;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of a task list ended: the sort, the last task's sort key and its id (keyset paging:
 * the next page starts strictly after that task, so tasks added meanwhile cause neither repeats
 * nor gaps). Opaque to clients: base64url of a small JSON object.
 */
public record TaskCursor(TaskListSort sort, SortOrder order, Comparable<?> key, String taskId) {

  public TaskCursor {
    if (sort == null || order == null || key == null || taskId == null) {
      throw new IllegalArgumentException("sort, order, key and taskId are required");
    }
  }

  public static TaskCursor after(TaskListSort sort, SortOrder order, Task task, String taskId) {
    return new TaskCursor(sort, order, sort.keyOf(task), taskId);
  }

  public String encode() {
    ObjectNode json = EventJson.mapper().createObjectNode()
        .put("s", sort.wireName()).put("o", order.wireName()).put("k", key.toString()).put("id", taskId);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** @throws IllegalArgumentException when {@code text} is not a cursor this service wrote */
  public static TaskCursor decode(String text) {
    try {
      JsonNode json = EventJson.mapper().readTree(Base64.getUrlDecoder().decode(text));
      TaskListSort sort = TaskListSort.find(json.path("s").asText()).orElseThrow();
      SortOrder order = SortOrder.find(json.path("o").asText()).orElseThrow();
      String k = json.get("k").textValue();
      Comparable<?> key = switch (sort) {
        case QUEUE, DUE, PRIORITY -> k;
        case CREATED, UPDATED -> Instant.parse(k);
      };
      return new TaskCursor(sort, order, key, TaskId.of(json.get("id").textValue()).toString());
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("is not a cursor from this list", e);
    }
  }
}
