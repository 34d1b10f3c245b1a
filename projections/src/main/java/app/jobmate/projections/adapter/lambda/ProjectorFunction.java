package app.jobmate.projections.adapter.lambda;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.quotes.QuoteEvent.QuoteDrafted;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.CustomerId;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.EventHistory;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.quotes.QuoteProjections;
import java.time.LocalDate;

/**
 * The quotes projector ({@code quote_list}, {@code quote_detail}): consumes its own SQS queue, fed
 * by an EventBridge rule on {@code jobmate.quotes}; see {@link ProjectingFunction}.
 */
public final class ProjectorFunction extends ProjectingFunction {

  /** Wired from the function's settings (see {@link ReadSide}). */
  public ProjectorFunction() {
    this(FunctionSettings.current());
    SnapStartPriming.beforeSnapshot("ProjectorFunction", this::prime);
  }

  private ProjectorFunction(FunctionSettings settings) {
    this(ReadSide.readModels(settings, MongoReadModels::forQuotes), ReadSide.history(settings),
        settings.getInt("STORE_READERS", DEFAULT_STORE_READERS));
  }

  public ProjectorFunction(ReadModels readModels, EventHistory history) {
    this(readModels, history, DEFAULT_STORE_READERS);
  }

  /** @param storeReaders how many streams of a batch are read from the event store at once */
  public ProjectorFunction(ReadModels readModels, EventHistory history, int storeReaders) {
    super(readModels, history, QuoteProjections.all(), storeReaders);
  }

  @Override
  DomainEvent primingEvent(String streamId) {
    return new QuoteDrafted(QuoteId.of(streamId), CustomerId.of(streamId), null, "SnapStart priming", null, null,
        LocalDate.of(2026, 1, 31), null, null, RoundingPolicy.PER_LINE, 30);
  }
}
