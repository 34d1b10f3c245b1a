package app.jobmate.localcloud.toys;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;

/** Fails any batch holding a note whose id starts with "poison"; records the batches it was given. */
public class FlakyStreamFunction implements RequestHandler<DynamodbEvent, Void> {

  @Override
  public Void handleRequest(DynamodbEvent event, Context context) {
    StringBuilder batch = new StringBuilder();
    for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
      batch.append(record.getDynamodb().getKeys().get("noteId").getS()).append(' ');
    }
    Recorder.record("FlakyStream", batch.toString().trim());
    if (batch.toString().contains("poison")) {
      throw new IllegalStateException("poisoned batch: " + batch);
    }
    return null;
  }
}
