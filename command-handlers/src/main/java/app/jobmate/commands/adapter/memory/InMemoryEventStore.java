package app.jobmate.commands.adapter.memory;

import app.jobmate.commands.core.Commit;
import app.jobmate.commands.core.EventStore;
import app.jobmate.events.StreamId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An event store in memory, for tests and the benchmark harness; it passes the same contract as DynamoDB's. */
public final class InMemoryEventStore implements EventStore {

  private final Map<StreamId, List<Commit>> streams = new ConcurrentHashMap<>();

  @Override
  public List<Commit> read(StreamId stream) {
    List<Commit> commits = streams.get(stream);
    if (commits == null) {
      return List.of();
    }
    synchronized (commits) {
      return List.copyOf(commits);
    }
  }

  @Override
  public AppendResult append(Commit commit) {
    List<Commit> commits = streams.computeIfAbsent(commit.stream(), s -> new ArrayList<>());
    synchronized (commits) {
      if (commit.number() == commits.size() + 1) {
        commits.add(commit);
        return new AppendResult(commit, false);
      }
      for (Commit earlier : commits) {
        if (earlier.commandId().equals(commit.commandId())) {
          if (!earlier.payloadHash().equals(commit.payloadHash())) {
            throw new IdempotencyMismatch(commit.commandId());
          }
          return new AppendResult(earlier, !earlier.isSameAttemptAs(commit));
        }
      }
      throw new ConcurrencyConflict(commit.stream(), commit.number());
    }
  }
}
