package app.jobmate.localcloud.drills;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every command a drill sent, with the answer it got: what the invariants hold the store to. */
final class Ledger {

  /**
   * A command sent: who sent what to which stream ({@code <tenantId>#<streamType>#<id>}), under which
   * {@code Idempotency-Key}, and the last answer (after any retries of the same request).
   */
  record Sent(String user, String method, String path, String body, String streamKey, String idempotencyKey, Api.Answer answer) {

    boolean accepted() {
      return answer.accepted();
    }

    /** A refusal of the request itself (4xx): nothing may have been written for it. */
    boolean refused() {
      return answer.status() >= 400 && answer.status() < 500;
    }

    @Override
    public String toString() {
      return method + " " + path + " by " + user + " (key " + idempotencyKey + "): " + answer.status() + " "
          + (answer.body().length() > 300 ? answer.body().substring(0, 300) + "…" : answer.body());
    }
  }

  private final List<Sent> sent = new CopyOnWriteArrayList<>();

  void add(Sent command) {
    sent.add(command);
  }

  List<Sent> all() {
    return List.copyOf(sent);
  }

  long accepted() {
    return sent.stream().filter(Sent::accepted).count();
  }

  /** Answers that are neither accepted nor one of {@code allowedStatuses}. */
  List<Sent> unexpected(int... allowedStatuses) {
    return sent.stream().filter(s -> !s.accepted())
        .filter(s -> Arrays.stream(allowedStatuses).noneMatch(status -> status == s.answer().status())).toList();
  }
}
