package app.jobmate.projections.quotes;

import app.jobmate.projections.core.Projection;
import app.jobmate.projections.quotes.detail.QuoteDetailProjection;
import app.jobmate.projections.quotes.list.QuoteListProjection;
import java.util.List;

/** The read models of the quotes context; the pipeline report is a query over the list. */
public final class QuoteProjections {

  private QuoteProjections() {
  }

  public static List<Projection<?, ?>> all() {
    return List.of(new QuoteListProjection(), new QuoteDetailProjection());
  }
}
