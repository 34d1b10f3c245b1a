package app.jobmate.projections.adapter.mongodb;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import app.jobmate.projections.core.Placement;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.ReadSide;
import app.jobmate.projections.core.Versioned;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;

/**
 * Read models in MongoDB, using only what Amazon DocumentDB supports: no transactions, no change
 * streams, no {@code $where}, no collation.
 *
 * <p>A write is one {@code replaceOne} with upsert, filtered on {@code {_id, version: expected}}.
 * When the stored document is at the expected version it is replaced; when there is none
 * (expected 0) the upsert inserts it; when another writer has moved the version on, the filter
 * matches nothing, the upsert tries to insert and the unique {@code _id} refuses it with a
 * duplicate-key error for exactly that write. A batch's writes go in one unordered bulk write.
 *
 * <p>A projection's placement is one document of the {@code projections} collection, changed
 * only by single-document conditional updates.
 */
public final class MongoReadModels implements ReadModels {

  static final String PLACEMENTS = "projections";

  private final MongoDatabase database;
  private final Map<String, List<IndexModel>> indexes = new HashMap<>();
  private final List<ReadSide> readSides;

  /** @param readSides every read side: the indexes of their projections' collections, each created with its collection */
  public MongoReadModels(MongoDatabase database, List<ReadSide> readSides) {
    this.database = database;
    this.readSides = List.copyOf(readSides);
    for (ReadSide readSide : readSides) {
      readSide.indexes().forEach((projection, declared) ->
          indexes.put(projection, declared.stream().map(MongoIndexes::of).toList()));
    }
  }

  /** Creates the indexes of every read side's collections in use; idempotent. */
  public MongoReadModels ensureIndexes() {
    readSides.forEach(this::ensureIndexes);
    return this;
  }

  /** Creates the indexes of {@code readSide}'s collections in use; idempotent, so every cold start may call it. */
  public MongoReadModels ensureIndexes(ReadSide readSide) {
    for (String projection : readSide.indexes().keySet()) {
      for (String collection : placement(projection).writeTargets()) {
        createIndexes(projection, collection);
      }
    }
    return this;
  }

  @Override
  public Placement placement(String projection) {
    Document stored = placements().find(eq("_id", projection)).first();
    if (stored == null) {
      return Placement.initial(projection);
    }
    return new Placement(projection, stored.getString("active"), Optional.ofNullable(stored.getString("rebuilding")),
        Optional.ofNullable(stored.getString("previous")));
  }

  @Override
  public <D extends Record> Map<String, Versioned<D>> find(String collection, Class<D> type, Collection<String> ids) {
    Map<String, Versioned<D>> found = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    for (Document document : collection(collection).find(in(RecordBson.ID, List.copyOf(new HashSet<>(ids))))) {
      Versioned<D> versioned = RecordBson.decode(document, type);
      found.put(versioned.id(), versioned);
    }
    return found;
  }

  @Override
  public Set<String> write(String collection, List<Write> writes) {
    if (writes.isEmpty()) {
      return Set.of();
    }
    List<WriteModel<Document>> models = new ArrayList<>();
    for (Write write : writes) {
      Versioned<?> document = write.document();
      models.add(new ReplaceOneModel<>(
          and(eq(RecordBson.ID, document.id()), eq(RecordBson.VERSION, write.expectedVersion())),
          RecordBson.encode(document), new ReplaceOptions().upsert(true)));
    }
    try {
      collection(collection).bulkWrite(models, new BulkWriteOptions().ordered(false));
      return Set.of();
    } catch (MongoBulkWriteException e) {
      Set<String> lost = new HashSet<>();
      for (BulkWriteError error : e.getWriteErrors()) {
        if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        lost.add(writes.get(error.getIndex()).document().id());
      }
      if (e.getWriteConcernError() != null) {
        throw e;
      }
      return lost;
    }
  }

  @Override
  public <D extends Record> List<Versioned<D>> all(String collection, Class<D> type) {
    List<Versioned<D>> documents = new ArrayList<>();
    for (Document document : collection(collection).find().sort(Sorts.ascending(RecordBson.ID))) {
      documents.add(RecordBson.decode(document, type));
    }
    return documents;
  }

  @Override
  public Placement beginRebuild(String projection) {
    Placement current = placement(projection);
    if (current.rebuilding().isPresent()) {
      return current;
    }
    current.previous().ifPresent(previous -> collection(previous).drop());
    // a time for people to read, a random part so that two rebuilds can never pick the same name
    String target = projection + "_" + Instant.now().toEpochMilli() + "_" + UUID.randomUUID().toString().substring(0, 8);
    database.createCollection(target);
    createIndexes(projection, target);
    try {
      Document claimed = placements().findOneAndUpdate(
          and(eq("_id", projection), eq("rebuilding", null)),
          Updates.combine(Updates.set("active", current.active()), Updates.set("rebuilding", target),
              Updates.unset("previous")),
          new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
      if (claimed != null && target.equals(claimed.getString("rebuilding"))) {
        return placement(projection);
      }
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
    // another rebuild claimed the projection first: resume that one
    collection(target).drop();
    return placement(projection);
  }

  @Override
  public Placement completeRebuild(String projection, String rebuilt) {
    Placement current = placement(projection);
    if (!current.rebuilding().equals(Optional.of(rebuilt))) {
      return current;
    }
    placements().updateOne(and(eq("_id", projection), eq("rebuilding", rebuilt), eq("active", current.active())),
        Updates.combine(Updates.set("active", rebuilt), Updates.set("previous", current.active()),
            Updates.unset("rebuilding")));
    return placement(projection);
  }

  /** A collection of the read models, for the queries of a context. */
  public MongoCollection<Document> collection(String name) {
    return database.getCollection(name);
  }

  private MongoCollection<Document> placements() {
    return database.getCollection(PLACEMENTS);
  }

  private void createIndexes(String projection, String collection) {
    List<IndexModel> wanted = indexes.getOrDefault(projection, List.of());
    if (!wanted.isEmpty()) {
      collection(collection).createIndexes(wanted);
    }
  }
}
