package app.jobmate.projections.adapter.lambda;

import app.jobmate.events.EventCodec;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.SqsBatch;
import app.jobmate.projections.core.EventHistory;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.quotes.QuoteProjections;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

/**
 * The quotes projector: consumes its SQS queue (fed by an EventBridge rule on {@code jobmate.quotes})
 * with {@code ReportBatchItemFailures}. A message whose body is not an event it can read is poison
 * and fails alone; a message whose event cannot be applied fails and comes back; the others
 * succeed, duplicates included.
 */
public final class ProjectorFunction implements RequestHandler<SQSEvent, SQSBatchResponse> {

  private final Projector projector;

  /** Wired from the function's settings (see {@link ReadSide}). */
  public ProjectorFunction() {
    this(FunctionSettings.current());
  }

  private ProjectorFunction(FunctionSettings settings) {
    this(ReadSide.readModels(settings), ReadSide.history(settings));
  }

  public ProjectorFunction(ReadModels readModels, EventHistory history) {
    this.projector = new Projector(readModels, history, EventCodec.standard(), QuoteProjections.all());
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return SqsBatch.process(event, EventBridgeMessages::envelope, envelopes -> projector.project(envelopes).failures(),
        context.getLogger());
  }
}
