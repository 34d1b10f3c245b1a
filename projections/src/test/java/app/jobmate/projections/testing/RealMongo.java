package app.jobmate.projections.testing;

import app.jobmate.projections.adapter.mongodb.MongoConnections;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.util.Optional;
import java.util.UUID;

/** A real MongoDB (or DocumentDB) named by {@code MONGODB_URI}; each test gets a database of its own, dropped after. */
public final class RealMongo {

  public static final String URI = System.getenv("MONGODB_URI");
  private static MongoClient client;

  private RealMongo() {
  }

  public static boolean configured() {
    return URI != null && !URI.isBlank();
  }

  public static synchronized MongoDatabase freshDatabase() {
    if (client == null) {
      client = MongoConnections.open(URI, Optional.empty());
      Runtime.getRuntime().addShutdownHook(new Thread(client::close, "real-mongo-shutdown"));
    }
    MongoDatabase database = client.getDatabase("jobmate_test_" + UUID.randomUUID().toString().substring(0, 8));
    Runtime.getRuntime().addShutdownHook(new Thread(database::drop));
    return database;
  }
}
