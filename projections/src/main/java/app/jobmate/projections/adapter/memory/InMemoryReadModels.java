package app.jobmate.projections.adapter.memory;

import app.jobmate.projections.core.Placement;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Read models in memory, for tests and the benchmark harness; thread-safe, with the same guard as MongoDB. */
public final class InMemoryReadModels implements ReadModels {

  private final ConcurrentMap<String, ConcurrentMap<String, Versioned<?>>> collections = new ConcurrentHashMap<>();
  private final Map<String, Placement> placements = new ConcurrentHashMap<>();

  @Override
  public Placement placement(String projection) {
    return placements.getOrDefault(projection, Placement.initial(projection));
  }

  @Override
  public <D extends Record> Map<String, Versioned<D>> find(String collection, Class<D> type, Collection<String> ids) {
    Map<String, Versioned<?>> documents = collection(collection);
    Map<String, Versioned<D>> found = new LinkedHashMap<>();
    for (String id : ids) {
      Versioned<?> document = documents.get(id);
      if (document != null) {
        found.put(id, cast(document, type));
      }
    }
    return found;
  }

  @Override
  public Set<String> write(String collection, List<Write> writes) {
    ConcurrentMap<String, Versioned<?>> documents = collection(collection);
    Set<String> lost = new HashSet<>();
    for (Write write : writes) {
      Versioned<?> next = write.document();
      boolean[] applied = {false};
      documents.compute(next.id(), (id, stored) -> {
        long storedVersion = stored == null ? 0 : stored.version();
        if (storedVersion != write.expectedVersion()) {
          return stored;
        }
        applied[0] = true;
        return next;
      });
      if (!applied[0]) {
        lost.add(next.id());
      }
    }
    return lost;
  }

  @Override
  public <D extends Record> List<Versioned<D>> all(String collection, Class<D> type) {
    return collection(collection).values().stream()
        .map(d -> cast(d, type))
        .sorted(Comparator.comparing(Versioned::id))
        .toList();
  }

  @Override
  public synchronized Placement beginRebuild(String projection) {
    Placement current = placement(projection);
    if (current.rebuilding().isPresent()) {
      return current;
    }
    current.previous().ifPresent(collections::remove);
    String target = projection + "_" + System.nanoTime();
    collections.put(target, new ConcurrentHashMap<>());
    Placement rebuilding = new Placement(projection, current.active(), Optional.of(target), Optional.empty());
    placements.put(projection, rebuilding);
    return rebuilding;
  }

  @Override
  public synchronized Placement completeRebuild(String projection, String rebuilt) {
    Placement current = placement(projection);
    if (!current.rebuilding().equals(Optional.of(rebuilt))) {
      return current;
    }
    Placement swapped = new Placement(projection, rebuilt, Optional.empty(), Optional.of(current.active()));
    placements.put(projection, swapped);
    return swapped;
  }

  /** The documents of {@code collection}, live (queries read them). */
  public Collection<Versioned<?>> documents(String collection) {
    return collection(collection).values();
  }

  private ConcurrentMap<String, Versioned<?>> collection(String name) {
    return collections.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
  }

  @SuppressWarnings("unchecked")
  private static <D extends Record> Versioned<D> cast(Versioned<?> document, Class<D> type) {
    if (!type.isInstance(document.document())) {
      throw new IllegalArgumentException("document " + document.id() + " is a " + document.document().getClass()
          .getSimpleName() + ", not a " + type.getSimpleName());
    }
    return (Versioned<D>) document;
  }
}
