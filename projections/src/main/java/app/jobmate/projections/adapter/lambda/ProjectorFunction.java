package app.jobmate.projections.adapter.lambda;

import app.jobmate.events.Actor;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventType;
import app.jobmate.events.StreamId;
import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.BusMessages;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.adapter.SqsBatch;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.EventHistory;
import app.jobmate.projections.core.EventOpener;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.ReadSide;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Instant;
import java.util.List;

/**
 * A projector function: the generic {@link Projector} over the projections of the read side its
 * {@code READ_SIDE} setting names (see {@link ReadSides}), consuming that read side's own SQS queue
 * (fed by an EventBridge rule on its context's source) with {@code ReportBatchItemFailures}. One
 * function and one queue per read side, so that a slow or failing projection never holds up
 * another. A message only rings the doorbell for its stream: what is applied is read from the
 * event store. A message whose body is not an event envelope is poison and fails alone; a message
 * whose stream cannot be brought up to date fails and comes back; the others succeed, duplicates
 * included, and so does a message the store does not confirm (forged, or about a stream that does
 * not exist), which changes nothing and is logged once, as a warning.
 */
public final class ProjectorFunction implements RequestHandler<SQSEvent, SQSBatchResponse> {

  private static final String PRIMING = "snapstart-priming";
  private static final String PRIMING_STREAM = "00000000-0000-7000-8000-000000000000";
  /**
   * Streams of a batch read from the store at once, unless {@code STORE_READERS} says otherwise: a
   * batch of ten rings for up to ten streams, and the URL-connection HTTP client keeps at most five
   * idle connections per host (the JDK's {@code http.maxConnections}), so more readers would open
   * new TLS connections on every batch.
   */
  static final int DEFAULT_STORE_READERS = 5;

  private final ReadSide readSide;
  private final ReadModels readModels;
  private final EventCodec codec = EventCodec.standard();
  private final Projector projector;
  private final EventOpener opener;

  /** Wired from the function's settings: {@code READ_SIDE}, {@code STORE_READERS} and those of {@link RealAdapters}. */
  public ProjectorFunction() {
    this(FunctionSettings.current());
    SnapStartPriming.beforeSnapshot("ProjectorFunction " + readSide.name(), this::prime);
  }

  private ProjectorFunction(FunctionSettings settings) {
    this(ReadSides.named(settings.require("READ_SIDE")), settings);
  }

  private ProjectorFunction(ReadSide readSide, FunctionSettings settings) {
    this(readSide, RealAdapters.readModels(settings, List.of(readSide)), RealAdapters.history(settings),
        settings.getInt("STORE_READERS", DEFAULT_STORE_READERS), readSide.opensPersonalData()
            ? readSide.opener(RealPersonalDataKeys.from(settings)) : EventOpener.NONE);
  }

  public ProjectorFunction(ReadSide readSide, ReadModels readModels, EventHistory history) {
    this(readSide, readModels, history, DEFAULT_STORE_READERS);
  }

  /** @param storeReaders how many streams of a batch are read from the event store at once */
  public ProjectorFunction(ReadSide readSide, ReadModels readModels, EventHistory history, int storeReaders) {
    this(readSide, readModels, history, storeReaders, EventOpener.NONE);
  }

  /** @param opener opens the events of a read side that shows personal data ({@link ReadSide#opener}) */
  public ProjectorFunction(ReadSide readSide, ReadModels readModels, EventHistory history, int storeReaders,
                           EventOpener opener) {
    this.readSide = readSide;
    this.readModels = readModels;
    this.opener = opener;
    this.projector = new Projector(readModels, history, codec, readSide.projections(), storeReaders, opener);
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    LambdaLogger logger = context.getLogger();
    return SqsBatch.process(event, BusMessages::envelope, envelopes -> {
      Projector.Outcome outcome = projector.project(envelopes);
      outcome.unconfirmed().forEach((index, why) -> logger.log("WARN ignored a message the event store does not confirm: "
          + why));
      return outcome.failures();
    }, logger);
  }

  /**
   * Reads a stream's first event as a message body, decodes and upcasts it, folds it into each
   * projection's document in memory, and looks that document up where the placement says, in a
   * tenant that does not exist: everything a batch does but the write.
   */
  void prime() {
    DomainEvent event = readSide.primingEvent(PRIMING_STREAM);
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
    projection.evolve(null, envelope, projection.eventClass().cast(opener.open(envelope, codec.decode(envelope))));
    readModels.findActive(projection.name(), projection.documentType(), DocumentId.of(StreamId.of(envelope)));
  }
}
