package app.jobmate.projections.adapter.mongodb;

import static com.mongodb.client.model.Indexes.ascending;
import static com.mongodb.client.model.Indexes.compoundIndex;

import app.jobmate.projections.quotes.detail.QuoteDetailProjection;
import app.jobmate.projections.quotes.list.DateField;
import app.jobmate.projections.quotes.list.QuoteListProjection;
import app.jobmate.projections.quotes.list.QuoteListSort;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The indexes of the quote read models, tenant first: one per order of the list (its key, then
 * {@code _id}, which keyset paging compares), one per filter, and the pipeline's period. The detail
 * is read by {@code _id} only, which the tenant is part of.
 */
final class QuoteIndexes {

  static final Map<String, List<IndexModel>> ALL = Map.of(
      QuoteListProjection.NAME, quoteList(),
      QuoteDetailProjection.NAME, List.of());

  private QuoteIndexes() {
  }

  private static List<IndexModel> quoteList() {
    List<IndexModel> indexes = new ArrayList<>();
    for (QuoteListSort sort : QuoteListSort.values()) {
      indexes.add(index("by_" + sort.wireName(), RecordBson.TENANT, sort.field(), RecordBson.ID));
    }
    indexes.add(index("by_state", RecordBson.TENANT, "state", "draftedAt"));
    indexes.add(index("by_customer", RecordBson.TENANT, "customerId", "draftedAt"));
    for (DateField field : DateField.values()) {
      if (!field.field().equals(QuoteListSort.VALID_UNTIL.field())) {
        indexes.add(index("on_" + field.wireName(), RecordBson.TENANT, field.field()));
      }
    }
    return List.copyOf(indexes);
  }

  private static IndexModel index(String name, String... fields) {
    return new IndexModel(compoundIndex(java.util.Arrays.stream(fields).map(f -> ascending(f)).toList()),
        new IndexOptions().name(name));
  }
}
