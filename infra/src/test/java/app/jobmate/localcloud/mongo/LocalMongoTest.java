package app.jobmate.localcloud.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the local MongoDB has acknowledged is in its file at once, as MongoDB's journal makes it
 * durable: a local cloud killed outright ({@code SIGKILL}) must not lose a projector's write whose
 * SQS message was then deleted. The file is read as a crash would leave it: copied while the server
 * runs, and opened apart.
 */
class LocalMongoTest {

  @TempDir
  Path data;

  @Test
  void an_acknowledged_write_is_in_the_file_at_once() throws Exception {
    try (LocalMongo mongo = LocalMongo.start(data); MongoClient client = MongoClients.create(mongo.uri())) {
      MongoCollection<Document> tasks = client.getDatabase("jobmate").getCollection("task");
      tasks.insertOne(new Document("_id", "t-acme#1").append("version", 1));
      tasks.replaceOne(new Document("_id", "t-acme#1").append("version", 1), new Document("_id", "t-acme#1").append("version", 2));
      List<ReplaceOneModel<Document>> batch = new ArrayList<>();
      for (int i = 2; i <= 4; i++) {
        batch.add(new ReplaceOneModel<>(new Document("_id", "t-acme#" + i), new Document("_id", "t-acme#" + i).append("version", 1),
            new ReplaceOptions().upsert(true)));
      }
      tasks.bulkWrite(batch);

      Path crashed = data.resolve("crashed.mv");
      Files.copy(data.resolve("mongo").resolve("jobmate.mv"), crashed);

      assertThat(documents(crashed)).containsEntry("t-acme#1", 2L).containsEntry("t-acme#2", 1L).containsEntry("t-acme#4", 1L);
    }
  }

  /** The documents of the {@code task} collection in a copy of the store, read without the server: id to version. */
  private static Map<String, Long> documents(Path file) {
    H2Backend backend = new H2Backend(MVStore.open(file.toString()));
    MongoServer server = new MongoServer(backend);
    try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
      Map<String, Long> versions = new TreeMap<>();
      client.getDatabase("jobmate").getCollection("task").find()
          .forEach(d -> versions.put(d.getString("_id"), d.get("version", Number.class).longValue()));
      return versions;
    } finally {
      server.shutdownNow();
      backend.close();
    }
  }
}
