package app.jobmate.localcloud.mongo;

import app.jobmate.localcloud.FreePort;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MongoDB on this machine: mongo-java-server with its H2 (MVStore) backend, keeping its data in
 * {@code mongo/jobmate.mv} under the data directory, on a free loopback port. Every command is
 * committed to the file before it is answered, so what a client was told is written survives the
 * JVM being killed, as MongoDB's journal makes it; the MVStore would otherwise commit once a second,
 * and a projector's write acknowledged in that second, its SQS message then deleted, would be lost.
 */
public final class LocalMongo implements AutoCloseable {

  private final MongoServer server;
  private final H2Backend backend;
  private final String uri;

  private LocalMongo(MongoServer server, H2Backend backend, String uri) {
    this.server = server;
    this.backend = backend;
    this.uri = uri;
  }

  public static LocalMongo start(Path dataDirectory) {
    Path file = dataDirectory.resolve("mongo").resolve("jobmate.mv");
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file.getParent(), e);
    }
    H2Backend backend = new CommittingH2Backend(file.toString());
    MongoServer server = new MongoServer(backend);
    int port = FreePort.pick();
    server.bind("127.0.0.1", port);
    return new LocalMongo(server, backend, "mongodb://127.0.0.1:" + port);
  }

  /** The H2 backend committing its store after each command (OP_MSG), a failed one too: an unordered bulk write may have written some. */
  private static final class CommittingH2Backend extends H2Backend {

    CommittingH2Backend(String file) {
      super(file);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
      try {
        return super.handleMessage(message);
      } finally {
        commit(); // nothing to write when the command only read
      }
    }
  }

  public String uri() {
    return uri;
  }

  @Override
  public void close() {
    server.shutdownNow();
    backend.close();
  }
}
