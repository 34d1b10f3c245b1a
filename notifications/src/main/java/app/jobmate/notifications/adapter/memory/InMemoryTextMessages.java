package app.jobmate.notifications.adapter.memory;

import app.jobmate.events.team.MobileNumber;
import app.jobmate.notifications.diary.texts.TextMessages;
import java.util.ArrayList;
import java.util.List;

/** The texts sent, kept in memory in the order sent, for tests; {@link #failNext} makes the next send throw. */
public final class InMemoryTextMessages implements TextMessages {

  /** A text as it was sent. */
  public record Sent(MobileNumber to, String body) {
  }

  private final List<Sent> sent = new ArrayList<>();
  private int failures;

  @Override
  public synchronized void send(MobileNumber to, String body) {
    if (failures > 0) {
      failures--;
      throw new IllegalStateException("the text service did not accept the text");
    }
    sent.add(new Sent(to, body));
  }

  public synchronized void failNext(int count) {
    failures = count;
  }

  public synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }
}
