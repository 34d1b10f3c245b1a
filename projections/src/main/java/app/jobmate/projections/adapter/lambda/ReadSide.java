package app.jobmate.projections.adapter.lambda;

import app.jobmate.lambda.FunctionSettings;
import app.jobmate.projections.adapter.dynamodb.DynamoDbEventHistory;
import app.jobmate.projections.adapter.mongodb.MongoConnections;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import com.mongodb.client.MongoClient;
import java.nio.file.Path;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The real adapters of the read side, from a function's settings: {@code MONGODB_URI},
 * {@code MONGODB_DATABASE} (default {@code jobmate}), {@code MONGODB_CA_BUNDLE} (optional, a PEM
 * file; the URI's {@code tlsCAFile} otherwise), {@code EVENTS_TABLE}, {@code REBUILD_SEGMENTS}.
 * Each function builds them once, in its constructor, and keeps them for every invocation.
 */
final class ReadSide {

  private ReadSide() {
  }

  static MongoReadModels readModels(FunctionSettings settings) {
    MongoClient client = MongoConnections.open(settings.require("MONGODB_URI"),
        settings.get("MONGODB_CA_BUNDLE").map(Path::of));
    return MongoReadModels.forQuotes(client.getDatabase(settings.get("MONGODB_DATABASE").orElse("jobmate")))
        .ensureIndexes();
  }

  static DynamoDbEventHistory history(FunctionSettings settings) {
    DynamoDbClient dynamoDb = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
    return new DynamoDbEventHistory(dynamoDb, settings.require("EVENTS_TABLE"), settings.getInt("REBUILD_SEGMENTS", 4));
  }
}
