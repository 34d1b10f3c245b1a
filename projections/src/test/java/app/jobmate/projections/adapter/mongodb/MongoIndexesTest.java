package app.jobmate.projections.adapter.mongodb;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.core.Index.Condition;
import app.jobmate.projections.core.Index.Key;
import app.jobmate.projections.core.Index;
import app.jobmate.projections.core.ReadSide;
import app.jobmate.projections.testing.EmbeddedMongo;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The read sides' index declarations as MongoDB indexes. */
class MongoIndexesTest {

  @Test
  void every_index_a_read_side_declares_is_created_on_its_collection_with_its_fields_in_order() {
    MongoDatabase database = EmbeddedMongo.freshDatabase();

    new MongoReadModels(database, ReadSides.ALL).ensureIndexes();

    for (ReadSide readSide : ReadSides.ALL) {
      readSide.indexes().forEach((projection, declared) -> {
        Map<String, Document> created = new LinkedHashMap<>();
        database.getCollection(projection).listIndexes()
            .forEach(index -> created.put(index.getString("name"), index.get("key", Document.class)));
        for (Index index : declared) {
          assertThat(created).as(projection).containsKey(index.name());
          assertThat(List.copyOf(created.get(index.name()).keySet())).as(index.name())
              .isEqualTo(index.keys().stream().map(k -> k.field().equals(Index.ID) ? "_id" : k.field()).toList());
        }
      });
    }
  }

  @Test
  void a_declaration_keeps_its_order_uniqueness_and_partial_filter() {
    Index declared = new Index("by_reference", List.of(Key.ascending(Index.TENANT), Key.descending("reference"),
        Key.ascending(Index.ID)), false, List.of()).asUnique()
        .where(new Condition.Present("reference"), new Condition.Equal("state", "OPEN"));

    IndexModel model = MongoIndexes.of(declared);

    assertThat(model.getKeys().toBsonDocument()).isEqualTo(new Document("tenantId", 1).append("reference", -1)
        .append("_id", 1).toBsonDocument());
    assertThat(model.getOptions().getName()).isEqualTo("by_reference");
    assertThat(model.getOptions().isUnique()).isTrue();
    assertThat(model.getOptions().getPartialFilterExpression().toBsonDocument())
        .isEqualTo(new Document("reference", new Document("$exists", true)).append("state", "OPEN").toBsonDocument());
  }

  @Test
  void an_index_of_every_document_has_no_partial_filter_and_a_key_that_need_not_be_unique() {
    IndexModel model = MongoIndexes.of(Index.ascending("on_due_date", Index.TENANT, "dueDate"));

    assertThat(model.getOptions().isUnique()).isFalse();
    assertThat(model.getOptions().getPartialFilterExpression()).isNull();
  }
}
