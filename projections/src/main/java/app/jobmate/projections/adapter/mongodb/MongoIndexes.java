package app.jobmate.projections.adapter.mongodb;

import app.jobmate.projections.core.Index.Condition;
import app.jobmate.projections.core.Index;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;

/** A read side's {@link Index} as MongoDB creates it: named, compound, unique or partial as declared. */
final class MongoIndexes {

  private MongoIndexes() {
  }

  static IndexModel of(Index index) {
    Document keys = new Document();
    for (Index.Key key : index.keys()) {
      keys.append(field(key.field()), key.ascending() ? 1 : -1);
    }
    IndexOptions options = new IndexOptions().name(index.name()).unique(index.unique());
    if (!index.partialFilter().isEmpty()) {
      Document filter = new Document();
      for (Condition condition : index.partialFilter()) {
        switch (condition) {
          case Condition.Present p -> filter.append(field(p.field()), new Document("$exists", true));
          case Condition.Equal e -> filter.append(field(e.field()), RecordBson.toBson(e.value()));
        }
      }
      options.partialFilterExpression(filter);
    }
    return new IndexModel(keys, options);
  }

  private static String field(String field) {
    return Index.ID.equals(field) ? RecordBson.ID : field;
  }
}
