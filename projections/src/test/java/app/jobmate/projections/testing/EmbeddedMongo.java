package app.jobmate.projections.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * mongo-java-server (memory backend) on a free loopback port, reached through the real MongoDB
 * driver; one per JVM, a fresh database per test.
 */
public final class EmbeddedMongo {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static MongoServer server;
  private static MongoClient client;

  private EmbeddedMongo() {
  }

  public static synchronized MongoClient client() {
    if (client == null) {
      server = new MongoServer(new MemoryBackend());
      server.bind("127.0.0.1", 0);
      InetSocketAddress address = server.getLocalAddress();
      client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        client.close();
        server.shutdownNow();
      }, "embedded-mongo-shutdown"));
    }
    return client;
  }

  public static MongoDatabase freshDatabase() {
    return client().getDatabase("test_" + DATABASES.incrementAndGet());
  }
}
