package app.jobmate.projections.quotes.pipeline;

/** Answers {@link ShowPipeline}: the quotes first issued in the period, tallied by the aggregation. */
public final class ShowPipelineHandler {

  private final PipelineQueries pipeline;

  public ShowPipelineHandler(PipelineQueries pipeline) {
    this.pipeline = pipeline;
  }

  public QuotesPipeline handle(ShowPipeline query) {
    return QuotesPipeline.of(query.from(), query.to(), pipeline.tally(query.tenantId(), query.from(), query.to()));
  }
}
