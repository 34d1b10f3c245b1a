package app.jobmate.projections.core;

import java.util.Arrays;
import java.util.List;

/**
 * An index of a projection's collection, declared by its read side in a form no database knows:
 * its fields in order, each ascending or descending, whether its key is unique, and which documents
 * it covers (all of them, or those matching every condition of {@code partialFilter}). A field is
 * one of the document's record components, or {@link #TENANT} or {@link #ID}, which every stored
 * document has. The document store's adapter turns it into its own kind of index.
 */
public record Index(String name, List<Key> keys, boolean unique, List<Condition> partialFilter) {

  /** The tenant a document belongs to: the first field of nearly every index. */
  public static final String TENANT = "tenantId";
  /** The document's {@link DocumentId}: the tie-breaker of keyset paging. */
  public static final String ID = "id";

  public Index {
    if (name == null || name.isBlank() || keys == null || keys.isEmpty()) {
      throw new IllegalArgumentException("an index has a name and at least one field");
    }
    keys = List.copyOf(keys);
    partialFilter = partialFilter == null ? List.of() : List.copyOf(partialFilter);
  }

  /** An index on {@code fields}, each ascending, of every document; its key need not be unique. */
  public static Index ascending(String name, String... fields) {
    return new Index(name, Arrays.stream(fields).map(Key::ascending).toList(), false, List.of());
  }

  /** The same index with a unique key. */
  public Index asUnique() {
    return new Index(name, keys, true, partialFilter);
  }

  /** The same index over only the documents that match every one of {@code conditions}. */
  public Index where(Condition... conditions) {
    return new Index(name, keys, unique, List.of(conditions));
  }

  /** One field of the index, in its order. */
  public record Key(String field, boolean ascending) {
    public Key {
      if (field == null || field.isBlank()) {
        throw new IllegalArgumentException("an index key names a field");
      }
    }

    public static Key ascending(String field) {
      return new Key(field, true);
    }

    public static Key descending(String field) {
      return new Key(field, false);
    }
  }

  /** What a document must match to be in a partial index. */
  public sealed interface Condition {

    /** The field is there (not absent). */
    record Present(String field) implements Condition {
    }

    /** The field has this value (a string, a number, a boolean or an enum). */
    record Equal(String field, Object value) implements Condition {
    }
  }
}
