package app.jobmate.commands.adapter.dynamodb;

import app.jobmate.commands.core.Commit;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.StreamId;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The event store on the DynamoDB table {@code events}: one item per commit, partition key
 * {@code stream}, sort key {@code commit} (DESIGN §3; item layout in the module README). The append
 * is one conditional PutItem, so a commit number is taken once and history stays linear without
 * transactions.
 */
public final class DynamoDbEventStore implements EventStore {

  // "stream" is a DynamoDB reserved word, so the condition names it through a placeholder
  private static final Expression COMMIT_NUMBER_FREE = Expression.builder()
      .expression("attribute_not_exists(#stream)")
      .putExpressionName("#stream", "stream")
      .build();

  private final DynamoDbTable<CommitItem> table;

  public DynamoDbEventStore(DynamoDbClient dynamoDb, String tableName) {
    this(DynamoDbEnhancedClient.builder().dynamoDbClient(dynamoDb).build(), tableName);
  }

  public DynamoDbEventStore(DynamoDbEnhancedClient dynamoDb, String tableName) {
    this.table = dynamoDb.table(tableName, CommitItem.SCHEMA);
  }

  @Override
  public List<Commit> read(StreamId stream) {
    QueryEnhancedRequest wholeStream = QueryEnhancedRequest.builder()
        .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(stream.key()).build()))
        .scanIndexForward(true)
        // a just-committed command must be seen by the retry that follows it
        .consistentRead(true)
        .build();
    // items() follows LastEvaluatedKey: a Query page stops at 1 MB of data
    return table.query(wholeStream).items().stream().map(CommitItem::toCommit).toList();
  }

  @Override
  public AppendResult append(Commit commit) {
    try {
      table.putItem(PutItemEnhancedRequest.builder(CommitItem.class)
          .item(CommitItem.of(commit))
          .conditionExpression(COMMIT_NUMBER_FREE)
          .build());
      return new AppendResult(commit, false);
    } catch (ConditionalCheckFailedException numberTaken) {
      return afterNumberTaken(commit);
    }
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
}
