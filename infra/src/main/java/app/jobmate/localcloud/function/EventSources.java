package app.jobmate.localcloud.function;

import com.fasterxml.jackson.databind.JsonNode;

/** What every event source mapping of the template says alike (an {@code SQS} or {@code DynamoDB} event's properties). */
public final class EventSources {

  private EventSources() {
  }

  /** Whether the mapping lets its function name the failed items of a batch ({@code ReportBatchItemFailures}). */
  public static boolean reportsItemFailures(JsonNode properties) {
    for (JsonNode type : properties.path("FunctionResponseTypes")) {
      if (type.asText().equals("ReportBatchItemFailures")) {
        return true;
      }
    }
    return false;
  }
}
