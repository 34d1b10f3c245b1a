package app.jobmate.commands.adapter.dynamodb;

import app.jobmate.commands.core.Commit;
import app.jobmate.commands.core.EventStore;
import app.jobmate.events.StreamId;
import app.jobmate.lambda.adapter.EventsTable;
import app.jobmate.lambda.adapter.EventsTable.StoredCommit;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The event store on the DynamoDB table {@code events} (its item layout: lambda-support's
 * {@link EventsTable}): one item per commit, and the append is one conditional PutItem, so a commit
 * number is taken once and history stays linear without transactions.
 */
public final class DynamoDbEventStore implements EventStore {

  private final EventsTable table;

  public DynamoDbEventStore(DynamoDbClient dynamoDb, String tableName) {
    this.table = new EventsTable(dynamoDb, tableName);
  }

  @Override
  public List<Commit> read(StreamId stream) {
    return table.commits(stream).stream().map(DynamoDbEventStore::commit).toList();
  }

  @Override
  public AppendResult append(Commit commit) {
    if (table.putIfNew(new StoredCommit(commit.stream(), commit.number(), commit.commandId(), commit.payloadHash(),
        commit.correlationId(), commit.causationId(), commit.actor(), commit.committedAt(), commit.events()))) {
      return new AppendResult(commit, false);
    }
    return afterNumberTaken(commit);
  }

  /** The commit number is taken: by an earlier attempt of this command, or by another command. */
  private AppendResult afterNumberTaken(Commit commit) {
    for (Commit earlier : read(commit.stream())) {
      if (earlier.commandId().equals(commit.commandId())) {
        if (!earlier.payloadHash().equals(commit.payloadHash())) {
          throw new IdempotencyMismatch(commit.commandId());
        }
        // the same attempt when the SDK resent a put whose answer was lost: this append's own success
        return new AppendResult(earlier, !earlier.isSameAttemptAs(commit));
      }
    }
    throw new ConcurrencyConflict(commit.stream(), commit.number());
  }

  private static Commit commit(StoredCommit stored) {
    return new Commit(stored.stream(), stored.number(), stored.commandId(), stored.payloadHash(), stored.correlationId(),
        stored.causationId(), stored.actor(), stored.committedAt(), stored.events());
  }
}
