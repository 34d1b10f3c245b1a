package app.jobmate.localcloud.toys;

import app.jobmate.lambda.FunctionSettings;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;

/** Records every stream record as {@code EVENT noteId text}; fails everything while its OUTAGE setting is true. */
public class NoteStreamFunction implements RequestHandler<DynamodbEvent, Void> {

  private final boolean outage = Boolean.parseBoolean(FunctionSettings.current().get("OUTAGE").orElse("false"));

  @Override
  public Void handleRequest(DynamodbEvent event, Context context) {
    if (outage) {
      throw new IllegalStateException("outage");
    }
    for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
      var image = record.getDynamodb().getNewImage();
      Recorder.record("NoteStream", record.getEventName() + " " + record.getDynamodb().getKeys().get("noteId").getS()
          + " " + (image == null ? "-" : image.get("text").getS()) + " " + record.getEventSourceARN());
    }
    return null;
  }
}
