package app.jobmate.notifications.summaries;

import java.util.function.UnaryOperator;

/**
 * The small state the push function keeps per subject ({@link TaskSummary}, {@link QuoteSummary}),
 * because most events do not carry what a message needs (who has the task, its title).
 */
public interface Summaries {

  /**
   * Applies {@code change} to the stored summary of {@code subject} ({@code initial} if there is
   * none) and stores the result. Concurrent updates of one subject never lose each other's change:
   * {@code change} may run more than once and must be a pure function.
   *
   * @return the summary as stored after the change
   */
  <S> S update(Subject subject, S initial, UnaryOperator<S> change);
}
