package app.jobmate.projections.core;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The generic projector (DESIGN §5). For every projection and every collection it writes to, the
 * events of one document are folded onto the stored document and written back with one conditional
 * write on the version read:
 * <ul>
 *   <li>an event at {@code version + 1} and after is applied, in version order, whatever the order of delivery;</li>
 *   <li>an event at or below the stored version is a duplicate and is skipped;</li>
 *   <li>a gap (an event beyond {@code version + 1} with the ones between missing) is healed by reading
 *       the stream from {@code version + 1} in the {@link EventHistory}: the bus notifies, the store is the truth;</li>
 *   <li>a write that loses to another projector instance is re-read and re-evaluated.</li>
 * </ul>
 * Counters are never incremented per message: a document is always the fold of its stream, so a
 * redelivered message cannot count twice.
 */
public final class Projector {

  /** Attempts at one document when other instances keep winning the race for it. */
  static final int MAX_ATTEMPTS = 10;

  private final ReadModels readModels;
  private final EventHistory history;
  private final EventCodec codec;
  private final List<Projection<?, ?>> projections;

  public Projector(ReadModels readModels, EventHistory history, EventCodec codec, List<Projection<?, ?>> projections) {
    this.readModels = readModels;
    this.history = history;
    this.codec = codec;
    this.projections = List.copyOf(projections);
  }

  public List<Projection<?, ?>> projections() {
    return projections;
  }

  /**
   * Applies {@code envelopes} (as delivered: any order, duplicates, gaps) to every projection of
   * their stream type and to every collection its placement names.
   *
   * @return the envelopes, by index, that could not be applied; the others are applied or duplicates
   */
  public Outcome project(List<EventEnvelope> envelopes) {
    Map<Integer, RuntimeException> failures = new TreeMap<>();
    List<Decoded> decoded = new ArrayList<>();
    for (int i = 0; i < envelopes.size(); i++) {
      if (!followed(envelopes.get(i).streamType())) {
        // another context's event: nothing here depends on it
        continue;
      }
      try {
        decoded.add(decode(i, envelopes.get(i)));
      } catch (RuntimeException e) {
        failures.put(i, e);
      }
    }
    for (Projection<?, ?> projection : projections) {
      List<Decoded> relevant = decoded.stream()
          .filter(d -> d.envelope().streamType().equals(projection.streamType())).toList();
      if (relevant.isEmpty()) {
        continue;
      }
      Placement placement;
      try {
        placement = readModels.placement(projection.name());
      } catch (RuntimeException e) {
        relevant.forEach(d -> failures.putIfAbsent(d.index(), e));
        continue;
      }
      for (String collection : placement.writeTargets()) {
        applyDecoded(projection, collection, relevant).forEach(failures::putIfAbsent);
      }
    }
    return new Outcome(envelopes.size(), failures);
  }

  /**
   * Applies a stream's envelopes to one collection of {@code projection}: the rebuild's way in,
   * with the same guard as live traffic.
   *
   * @return the envelopes, by index, that could not be applied
   */
  public Map<Integer, RuntimeException> applyTo(Projection<?, ?> projection, String collection, List<EventEnvelope> envelopes) {
    Map<Integer, RuntimeException> failures = new TreeMap<>();
    List<Decoded> decoded = new ArrayList<>();
    for (int i = 0; i < envelopes.size(); i++) {
      try {
        decoded.add(decode(i, envelopes.get(i)));
      } catch (RuntimeException e) {
        failures.put(i, e);
      }
    }
    applyDecoded(projection, collection, decoded).forEach(failures::putIfAbsent);
    return failures;
  }

  private <D extends Record, E extends DomainEvent> Map<Integer, RuntimeException> applyDecoded(
      Projection<D, E> projection, String collection, List<Decoded> decoded) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Decoded d : decoded) {
      groups.computeIfAbsent(projection.documentId(d.envelope()), id -> new Group(id, StreamRef.of(d.envelope()))).add(d);
    }
    Map<Integer, RuntimeException> failures = new TreeMap<>();
    List<Group> pending = new ArrayList<>(groups.values());
    for (int attempt = 1; attempt <= MAX_ATTEMPTS && !pending.isEmpty(); attempt++) {
      Map<String, Versioned<D>> stored;
      try {
        stored = readModels.find(collection, projection.documentType(), pending.stream().map(Group::id).toList());
      } catch (RuntimeException e) {
        pending.forEach(g -> g.fail(failures, e));
        return failures;
      }
      List<ReadModels.Write> writes = new ArrayList<>();
      Map<String, Group> writing = new LinkedHashMap<>();
      for (Group group : pending) {
        try {
          ReadModels.Write write = fold(projection, group, stored.get(group.id()));
          if (write != null) {
            writes.add(write);
            writing.put(group.id(), group);
          }
        } catch (RuntimeException e) {
          group.fail(failures, e);
        }
      }
      Set<String> lost;
      try {
        lost = writes.isEmpty() ? Set.of() : readModels.write(collection, writes);
      } catch (RuntimeException e) {
        writing.values().forEach(g -> g.fail(failures, e));
        return failures;
      }
      pending = writing.values().stream().filter(g -> lost.contains(g.id())).toList();
    }
    pending.forEach(g -> g.fail(failures, new IllegalStateException("document " + g.id() + " of " + collection
        + " kept changing under other writers; gave up after " + MAX_ATTEMPTS + " attempts")));
    return failures;
  }

  /** The write that brings {@code current} up to the group's newest event, or {@code null} when all are duplicates. */
  private <D extends Record, E extends DomainEvent> ReadModels.Write fold(Projection<D, E> projection, Group group,
                                                                         Versioned<D> current) {
    long from = current == null ? 0 : current.version();
    SortedMap<Long, Decoded> ahead = group.byVersion().tailMap(from + 1);
    if (ahead.isEmpty()) {
      return null;
    }
    List<Decoded> toApply = contiguous(ahead, from) ? List.copyOf(ahead.values()) : heal(group.stream(), from, ahead.lastKey());
    D document = current == null ? null : current.document();
    long version = from;
    for (Decoded d : toApply) {
      if (projection.eventTypes().contains(d.envelope().eventType())) {
        document = projection.evolve(document, d.envelope(), projection.eventClass().cast(d.event()));
      }
      version = d.envelope().version();
    }
    if (document == null) {
      throw new IllegalStateException("stream " + group.stream().key() + " starts with an event that "
          + projection.name() + " does not take");
    }
    return new ReadModels.Write(new Versioned<>(group.id(), group.stream().tenantId(), group.stream().streamId(), version,
        document), from);
  }

  private static boolean contiguous(SortedMap<Long, Decoded> ahead, long from) {
    return ahead.firstKey() == from + 1 && ahead.lastKey() - ahead.firstKey() + 1 == ahead.size();
  }

  /** The events after {@code from} as the store has them: at least up to {@code upTo}, without holes. */
  private List<Decoded> heal(StreamRef stream, long from, long upTo) {
    List<Decoded> events = new ArrayList<>();
    List<EventEnvelope> stored = codec.upcast(history.read(stream, from + 1));
    long expected = from + 1;
    for (EventEnvelope envelope : stored) {
      if (envelope.version() != expected) {
        throw new GapNotHealed(stream, from, upTo, "the store has version " + envelope.version() + " where "
            + expected + " was expected");
      }
      events.add(new Decoded(-1, envelope, codec.decode(envelope)));
      expected++;
    }
    if (expected <= upTo) {
      throw new GapNotHealed(stream, from, upTo, "the store ends at version " + (expected - 1));
    }
    return events;
  }

  private boolean followed(String streamType) {
    return projections.stream().anyMatch(p -> p.streamType().equals(streamType));
  }

  private Decoded decode(int index, EventEnvelope delivered) {
    EventEnvelope current = codec.upcast(List.of(delivered)).getFirst();
    return new Decoded(index, current, codec.decode(current));
  }

  /** The result of projecting a batch: the failed envelopes by index, with why. */
  public record Outcome(int size, Map<Integer, RuntimeException> failures) {
    public Outcome {
      failures = Collections.unmodifiableMap(new TreeMap<>(failures));
    }

    public boolean allApplied() {
      return failures.isEmpty();
    }
  }

  /** A stream whose missing events are not (yet) in the store: its messages fail and come back later. */
  public static final class GapNotHealed extends RuntimeException {
    GapNotHealed(StreamRef stream, long from, long upTo, String why) {
      super("cannot heal " + stream.key() + " from version " + (from + 1) + " to " + upTo + ": " + why);
    }
  }

  private record Decoded(int index, EventEnvelope envelope, DomainEvent event) {
  }

  /** The delivered events of one document, by version (a duplicate in the batch keeps one entry, both indexes). */
  private record Group(String id, StreamRef stream, TreeMap<Long, Decoded> byVersion, Set<Integer> indexes) {
    Group(String id, StreamRef stream) {
      this(id, stream, new TreeMap<>(), new HashSet<>());
    }

    void add(Decoded decoded) {
      byVersion.putIfAbsent(decoded.envelope().version(), decoded);
      if (decoded.index() >= 0) {
        indexes.add(decoded.index());
      }
    }

    void fail(Map<Integer, RuntimeException> failures, RuntimeException cause) {
      indexes.forEach(i -> failures.putIfAbsent(i, cause));
    }
  }
}
