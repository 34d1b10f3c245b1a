package app.jobmate.localcloud.toys;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;

/** Records each message body under its function name; reports messages containing "poison" as failed. */
public class QuoteConsumerFunction implements RequestHandler<SQSEvent, SQSBatchResponse> {

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
    for (SQSEvent.SQSMessage message : event.getRecords()) {
      if (message.getBody().contains("poison")) {
        Recorder.record(context.getFunctionName() + "/failed", message.getBody());
        failures.add(SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(message.getMessageId()).build());
      } else {
        Recorder.record(context.getFunctionName(), message.getBody());
      }
    }
    return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
  }
}
