package app.jobmate.projections.adapter.mongodb;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import org.bson.conversions.Bson;

/** Keyset paging on one sort field and {@code _id}: the filter of what comes strictly after a cursor. */
public final class Keyset {

  private Keyset() {
  }

  /**
   * Strictly after the document with sort key {@code key} (as stored, {@code null} for absent) and
   * id {@code id} in the order of {@code field} then {@code _id}. An absent key sorts before every
   * value (as MongoDB sorts it), and {@code {field: null}} matches an absent field.
   */
  public static Bson after(String field, Object key, String id, boolean ascending) {
    if (ascending) {
      return key == null
          ? or(and(eq(field, null), gt(RecordBson.ID, id)), ne(field, null))
          : or(gt(field, key), and(eq(field, key), gt(RecordBson.ID, id)));
    }
    return key == null
        ? and(eq(field, null), lt(RecordBson.ID, id))
        : or(lt(field, key), and(eq(field, key), lt(RecordBson.ID, id)), eq(field, null));
  }
}
