package app.jobmate.projections.adapter.lambda;

import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.personaldata.PersonalDataKeys;
import app.jobmate.projections.adapter.dynamodb.DynamoDbEventHistory;
import app.jobmate.projections.adapter.mongodb.MongoConnections;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.EventOpener;
import app.jobmate.projections.core.ReadSide;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The real adapters of the read side, from a function's settings: {@code MONGODB_URI},
 * {@code MONGODB_DATABASE} (default {@code jobmate}), {@code MONGODB_CA_BUNDLE} (optional, a PEM
 * file; the URI's {@code tlsCAFile} otherwise), {@code EVENTS_TABLE}, {@code REBUILD_SEGMENTS},
 * {@code READ_MODEL_WAIT_MS}. Each function builds them once, in its constructor, and keeps them
 * for every invocation.
 */
public final class RealAdapters {

  private RealAdapters() {
  }

  /**
   * The read models in MongoDB, knowing the indexes of every read side, with those of
   * {@code ownReadSides}' collections created (idempotent: every cold start does it).
   */
  public static MongoReadModels readModels(FunctionSettings settings, List<ReadSide> ownReadSides) {
    MongoClient client = MongoConnections.open(settings.require("MONGODB_URI"),
        settings.get("MONGODB_CA_BUNDLE").map(Path::of));
    MongoReadModels readModels = new MongoReadModels(client.getDatabase(settings.get("MONGODB_DATABASE")
        .orElse("jobmate")), ReadSides.ALL);
    ownReadSides.forEach(readModels::ensureIndexes);
    return readModels;
  }

  /** Opens the events of every read side that shows personal data; the others pass through. */
  static EventOpener opener(List<ReadSide> readSides, PersonalDataKeys keys) {
    List<EventOpener> openers = readSides.stream().filter(ReadSide::opensPersonalData).map(r -> r.opener(keys)).toList();
    return (envelope, event) -> {
      app.jobmate.events.DomainEvent opened = event;
      for (EventOpener opener : openers) {
        opened = opener.open(envelope, opened);
      }
      return opened;
    };
  }

  static DynamoDbEventHistory history(FunctionSettings settings) {
    return history(settings, DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build());
  }

  static DynamoDbEventHistory history(FunctionSettings settings, DynamoDbClient dynamoDb) {
    return new DynamoDbEventHistory(dynamoDb, settings.require("EVENTS_TABLE"), settings.getInt("REBUILD_SEGMENTS", 4));
  }

  /**
   * Whether {@code failure} (or what caused it) says that MongoDB cannot be reached: no server could be
   * selected in time, a connection failed or was cut, or the node is no longer the primary (a
   * DocumentDB failover). The queries answer those 503, to be tried again.
   */
  public static boolean outOfReach(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof MongoTimeoutException || cause instanceof MongoSocketException
          || cause instanceof MongoNotPrimaryException || cause instanceof MongoNodeIsRecoveringException) {
        return true;
      }
    }
    return false;
  }

  /** How long a query waits for a {@code minVersion}: {@code READ_MODEL_WAIT_MS}, default 2,000. */
  public static Duration maxWait(FunctionSettings settings) {
    return Duration.ofMillis(settings.getInt("READ_MODEL_WAIT_MS", 2_000));
  }
}
