package app.jobmate.projections.adapter.lambda;

import app.jobmate.lambda.adapter.BusMessages;
import app.jobmate.events.Actor;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventType;
import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.adapter.SqsBatch;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.EventHistory;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.events.StreamId;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Instant;
import java.util.List;

/**
 * A projector function: the generic {@link Projector} over the projections of one context,
 * consuming that context's own SQS queue (fed by an EventBridge rule on its source) with
 * {@code ReportBatchItemFailures}. One function and one queue per context, so that a slow or
 * failing projection never holds up another (DESIGN §1). A message only rings the doorbell for its
 * stream: what is applied is read from the event store. A message whose body is not an event
 * envelope is poison and fails alone; a message whose stream cannot be brought up to date fails
 * and comes back; the others succeed, duplicates included, and so does a message the store does
 * not confirm (forged, or about a stream that does not exist), which changes nothing and is
 * logged once, as a warning.
 */
public abstract sealed class ProjectingFunction implements RequestHandler<SQSEvent, SQSBatchResponse>
    permits ProjectorFunction, TaskProjectorFunction {

  private static final String PRIMING = "snapstart-priming";
  private static final String PRIMING_STREAM = "00000000-0000-7000-8000-000000000000";
  /**
   * Streams of a batch read from the store at once, unless {@code STORE_READERS} says otherwise: a
   * batch of ten rings for up to ten streams, and the URL-connection HTTP client keeps at most five
   * idle connections per host (the JDK's {@code http.maxConnections}), so more readers would open
   * new TLS connections on every batch.
   */
  static final int DEFAULT_STORE_READERS = 5;

  private final ReadModels readModels;
  private final EventCodec codec = EventCodec.standard();
  private final Projector projector;

  ProjectingFunction(ReadModels readModels, EventHistory history, List<Projection<?, ?>> projections, int storeReaders) {
    this.readModels = readModels;
    this.projector = new Projector(readModels, history, codec, projections, storeReaders);
  }

  @Override
  public final SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    LambdaLogger logger = context.getLogger();
    return SqsBatch.process(event, BusMessages::envelope, envelopes -> {
      Projector.Outcome outcome = projector.project(envelopes);
      outcome.unconfirmed().forEach((index, why) -> logger.log("WARN ignored a message the event store does not confirm: "
          + why));
      return outcome.failures();
    }, logger);
  }

  /** The first event of a stream of this context, with id {@code streamId}: what priming reads through. */
  abstract DomainEvent primingEvent(String streamId);

  /**
   * Reads a stream's first event as a message body, decodes and upcasts it, folds it into each
   * projection's document in memory, and looks that document up where the placement says, in a
   * tenant that does not exist: everything a batch does but the write.
   */
  void prime() {
    DomainEvent event = primingEvent(PRIMING_STREAM);
    EventType<?> type = codec.typeOf(event);
    EventEnvelope published = new EventEnvelope(PRIMING_STREAM, type.name(), type.schemaVersion(), TenantId.of(PRIMING),
        type.streamType(), PRIMING_STREAM, 1, Instant.now(), PRIMING, PRIMING, null, Actor.system(PRIMING),
        codec.encode(event));
    EventEnvelope delivered = BusMessages.envelope(BusMessages.body(published, type.source()));
    for (Projection<?, ?> projection : projector.projections()) {
      primeWith(projection, codec.upcast(List.of(delivered)).getFirst());
    }
  }

  private <D extends Record, E extends DomainEvent> void primeWith(Projection<D, E> projection, EventEnvelope envelope) {
    projection.evolve(null, envelope, projection.eventClass().cast(codec.decode(envelope)));
    readModels.find(readModels.placement(projection.name()).active(), projection.documentType(),
        DocumentId.of(StreamId.of(envelope)).value());
  }
}
