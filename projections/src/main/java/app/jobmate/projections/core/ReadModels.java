package app.jobmate.projections.core;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The document store of the read side. A projection's documents live in a collection named by its
 * {@link Placement}; writes are conditional on the stored version, so of two writers that read the
 * same version only one succeeds.
 */
public interface ReadModels {

  /** Where the documents of {@code projection} are now. */
  Placement placement(String projection);

  /** The documents among {@code ids} that exist in {@code collection}, by id. */
  <D extends Record> Map<String, Versioned<D>> find(String collection, Class<D> type, Collection<String> ids);

  default <D extends Record> Optional<Versioned<D>> find(String collection, Class<D> type, String id) {
    return Optional.ofNullable(find(collection, type, List.of(id)).get(id));
  }

  /** The document {@code id} of {@code projection}, where queries read it: the collection its placement names active. */
  default <D extends Record> Optional<Versioned<D>> findActive(String projection, Class<D> type, DocumentId id) {
    return find(placement(projection).active(), type, id.value());
  }

  /**
   * Writes each document if, and only if, the stored one is still at {@code expectedVersion}
   * ({@code 0}: there is none yet). Each write is one conditional insert or replace.
   *
   * @return the ids whose write lost to another writer (nothing was written for them)
   */
  Set<String> write(String collection, List<Write> writes);

  /** Every document of {@code collection}, in id order (for rebuild checks and tests). */
  <D extends Record> List<Versioned<D>> all(String collection, Class<D> type);

  /**
   * Starts (or resumes) a rebuild of {@code projection}: a fresh collection, with its indexes, that
   * the placement names as {@code rebuilding} so that live projectors write to it as well.
   */
  Placement beginRebuild(String projection);

  /** Swaps the rebuilt collection in as the active one; the one it replaces is kept as {@code previous}. */
  Placement completeRebuild(String projection, String rebuilt);

  /** A document to write if the stored one is at {@code expectedVersion}. */
  record Write(Versioned<?> document, long expectedVersion) {
    public Write {
      if (document == null || expectedVersion < 0 || expectedVersion >= document.version()) {
        throw new IllegalArgumentException("a write moves a document forward from its expected version");
      }
    }
  }
}
