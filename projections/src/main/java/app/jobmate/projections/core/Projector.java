package app.jobmate.projections.core;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The generic projector (see {@code docs/read-side.md}). The store is the truth and the bus is a
 * doorbell: a delivered envelope only says that stream S of tenant T has news up to version v. What
 * is applied is read from the {@link EventHistory}, never taken from the message:
 * <ul>
 *   <li>for every projection and every collection it writes to, a document whose stored version is
 *       below a delivered version is brought up to everything the store has after its version (it
 *       may be more than was delivered);</li>
 *   <li>each stream is read once per batch, from the lowest version any of its documents needs,
 *       and the streams of a batch are read at once, by up to {@code storeReaders} threads;</li>
 *   <li>a delivered version at or below every document's version is a duplicate: nothing is read;</li>
 *   <li>a delivered version the store does not have (a forged message, or one about a stream that
 *       does not exist), or a different event at that version, changes nothing; it is handled, not
 *       retried, and reported in {@link Outcome#unconfirmed()}: the relay publishes an event only
 *       after it is in the store, and the store is read consistently, so it will never turn up;</li>
 *   <li>each document is written with one conditional write on the version read; a write that loses
 *       to another projector instance is re-read and re-evaluated against the events already read.</li>
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
  private final EventOpener opener;
  private final List<Projection<?, ?>> projections;
  private final ExecutorService readers;

  /** A projector that reads the streams of a batch one after another. */
  public Projector(ReadModels readModels, EventHistory history, EventCodec codec, List<Projection<?, ?>> projections) {
    this(readModels, history, codec, projections, 1);
  }

  /**
   * @param storeReaders how many streams of a batch are read from the store at once (1: one after
   *                     another, on the caller's thread); the threads start when first needed and
   *                     stop when idle
   */
  public Projector(ReadModels readModels, EventHistory history, EventCodec codec, List<Projection<?, ?>> projections,
                   int storeReaders) {
    this(readModels, history, codec, projections, storeReaders, EventOpener.NONE);
  }

  /** @param opener opens each decoded event before the projections take it ({@link EventOpener}) */
  public Projector(ReadModels readModels, EventHistory history, EventCodec codec, List<Projection<?, ?>> projections,
                   int storeReaders, EventOpener opener) {
    if (storeReaders < 1) {
      throw new IllegalArgumentException("at least one store reader");
    }
    this.readModels = readModels;
    this.history = history;
    this.codec = codec;
    this.opener = opener;
    this.projections = List.copyOf(projections);
    this.readers = storeReaders == 1 ? null : readerPool(storeReaders);
  }

  public List<Projection<?, ?>> projections() {
    return projections;
  }

  /**
   * Brings every document of the streams {@code envelopes} ring for (as delivered: any order,
   * duplicates, forgeries) up to what the store has, in every projection of their stream type and
   * every collection its placement names.
   *
   * @return the envelopes, by index, that could not be handled (they should come back), and those
   *     the store does not confirm; the others were applied or duplicates
   */
  public Outcome project(List<EventEnvelope> envelopes) {
    Map<StreamId, Bell> bells = new LinkedHashMap<>();
    for (int i = 0; i < envelopes.size(); i++) {
      EventEnvelope envelope = envelopes.get(i);
      if (followed(envelope.streamType())) {
        // another context's event needs nothing here
        bells.computeIfAbsent(StreamId.of(envelope), Bell::new).rang(i, envelope);
      }
    }
    Map<Integer, RuntimeException> failures = new TreeMap<>();
    List<Target<?, ?>> targets = targets(bells.values(), failures);
    Map<StreamId, Long> from = new LinkedHashMap<>();
    for (Target<?, ?> target : targets) {
      target.behind().forEach(bell -> from.merge(bell.stream(), target.readFrom(bell), Math::min));
    }
    Map<StreamId, Tail> tails = read(from, bells, failures);
    Map<Integer, String> unconfirmed = new TreeMap<>();
    tails.forEach((stream, tail) -> bells.get(stream).unconfirmedBy(tail, unconfirmed));
    for (Target<?, ?> target : targets) {
      bringUp(target, tails, failures);
    }
    return new Outcome(envelopes.size(), failures, unconfirmed);
  }

  /**
   * Applies envelopes read from the store (whole streams, or each stream's events from some version
   * on, in order) to one collection of {@code projection}, with the same guard as live traffic: the
   * rebuild's way in.
   *
   * @return the envelopes, by index, that could not be applied
   */
  public Map<Integer, RuntimeException> applyTo(Projection<?, ?> projection, String collection,
                                                List<EventEnvelope> fromStore) {
    Map<StreamId, Bell> bells = new LinkedHashMap<>();
    Map<StreamId, List<EventEnvelope>> streams = new LinkedHashMap<>();
    for (int i = 0; i < fromStore.size(); i++) {
      EventEnvelope envelope = fromStore.get(i);
      bells.computeIfAbsent(StreamId.of(envelope), Bell::new).rang(i, envelope);
      streams.computeIfAbsent(StreamId.of(envelope), s -> new ArrayList<>()).add(envelope);
    }
    Map<Integer, RuntimeException> failures = new TreeMap<>();
    Map<StreamId, Tail> tails = new LinkedHashMap<>();
    streams.forEach((stream, events) -> {
      try {
        tails.put(stream, tail(stream, events.getFirst().version(), events));
      } catch (RuntimeException e) {
        bells.get(stream).fail(failures, e);
      }
    });
    targetIn(projection, collection, List.copyOf(bells.values()), failures).ifPresent(t -> bringUp(t, tails, failures));
    return failures;
  }

  /** Where each projection of the bells' stream types writes, and how far each of their documents has got there. */
  private List<Target<?, ?>> targets(Iterable<Bell> bells, Map<Integer, RuntimeException> failures) {
    List<Target<?, ?>> targets = new ArrayList<>();
    for (Projection<?, ?> projection : projections) {
      List<Bell> rung = new ArrayList<>();
      bells.forEach(bell -> {
        if (projection.follows(bell.stream().streamType())) {
          rung.add(bell);
        }
      });
      if (rung.isEmpty()) {
        continue;
      }
      Placement placement;
      try {
        placement = readModels.placement(projection.name());
      } catch (RuntimeException e) {
        rung.forEach(bell -> bell.fail(failures, e));
        continue;
      }
      for (String collection : placement.writeTargets()) {
        targetIn(projection, collection, rung, failures).ifPresent(targets::add);
      }
    }
    return targets;
  }

  private <D extends Record, E extends DomainEvent> Optional<Target<D, E>> targetIn(
      Projection<D, E> projection, String collection, List<Bell> rung, Map<Integer, RuntimeException> failures) {
    if (projection.perEvent()) {
      // one document per event, written once: there is no stream document to read
      return Optional.of(new Target<>(projection, collection, rung, Map.of()));
    }
    try {
      Map<String, Versioned<D>> stored = readModels.find(collection, projection.documentType(),
          rung.stream().map(Bell::documentId).toList());
      return Optional.of(new Target<>(projection, collection, rung, stored));
    } catch (RuntimeException e) {
      rung.forEach(bell -> bell.fail(failures, e));
      return Optional.empty();
    }
  }

  /** Reads each stream from its version, at once when there are readers; a stream that cannot be read fails its bell. */
  private Map<StreamId, Tail> read(Map<StreamId, Long> from, Map<StreamId, Bell> bells,
                                    Map<Integer, RuntimeException> failures) {
    Map<StreamId, Tail> tails = new LinkedHashMap<>();
    Function<Map.Entry<StreamId, Long>, Tail> readOne = e -> tail(e.getKey(), e.getValue(),
        history.read(e.getKey(), e.getValue()));
    if (readers == null || from.size() < 2) {
      from.entrySet().forEach(e -> {
        try {
          tails.put(e.getKey(), readOne.apply(e));
        } catch (RuntimeException failure) {
          bells.get(e.getKey()).fail(failures, failure);
        }
      });
      return tails;
    }
    Map<StreamId, CompletableFuture<Tail>> reads = new LinkedHashMap<>();
    from.entrySet().forEach(e -> reads.put(e.getKey(), CompletableFuture.supplyAsync(() -> readOne.apply(e), readers)));
    reads.forEach((stream, read) -> {
      try {
        tails.put(stream, read.join());
      } catch (CompletionException failure) {
        bells.get(stream).fail(failures, failure.getCause() instanceof RuntimeException r ? r : failure);
      }
    });
    return tails;
  }

  /** The store's events of {@code stream} from {@code from} on, upcast and decoded, checked to follow on without a hole. */
  private Tail tail(StreamId stream, long from, List<EventEnvelope> stored) {
    List<Decoded> events = new ArrayList<>();
    long expected = from;
    for (EventEnvelope envelope : codec.upcast(stored)) {
      if (envelope.version() != expected) {
        throw new StreamOutOfOrder(stream, expected, envelope.version());
      }
      events.add(new Decoded(envelope, opener.open(envelope, codec.decode(envelope))));
      expected++;
    }
    return new Tail(from - 1, events);
  }

  /** Writes each document of {@code target} that is behind, up to the end of its stream's tail. */
  private <D extends Record, E extends DomainEvent> void bringUp(Target<D, E> target, Map<StreamId, Tail> tails,
                                                                Map<Integer, RuntimeException> failures) {
    List<Bell> pending = target.behind().stream().filter(bell -> tails.containsKey(bell.stream())).toList();
    if (target.projection().perEvent()) {
      writeEach(target, pending, tails, failures);
      return;
    }
    Map<String, Versioned<D>> stored = target.stored();
    Projection<D, E> projection = target.projection();
    for (int attempt = 1; attempt <= MAX_ATTEMPTS && !pending.isEmpty(); attempt++) {
      if (attempt > 1) {
        try {
          stored = readModels.find(target.collection(), projection.documentType(),
              pending.stream().map(Bell::documentId).toList());
        } catch (RuntimeException e) {
          pending.forEach(bell -> bell.fail(failures, e));
          return;
        }
      }
      List<ReadModels.Write> writes = new ArrayList<>();
      Map<String, Bell> writing = new LinkedHashMap<>();
      for (Bell bell : pending) {
        String id = bell.documentId();
        try {
          ReadModels.Write write = fold(projection, bell.stream(), id, tails.get(bell.stream()), stored.get(id));
          if (write != null) {
            writes.add(write);
            writing.put(id, bell);
          }
        } catch (RuntimeException e) {
          bell.fail(failures, e);
        }
      }
      Set<String> lost;
      try {
        lost = writes.isEmpty() ? Set.of() : readModels.write(target.collection(), writes);
      } catch (RuntimeException e) {
        writing.values().forEach(bell -> bell.fail(failures, e));
        return;
      }
      pending = writing.entrySet().stream().filter(w -> lost.contains(w.getKey())).map(Map.Entry::getValue).toList();
    }
    pending.forEach(bell -> bell.fail(failures, new IllegalStateException("document " + bell.documentId()
        + " of " + target.collection() + " kept changing under other writers; gave up after " + MAX_ATTEMPTS + " attempts")));
  }

  /**
   * Writes one document per event of each stream's tail, each only if it is not there yet: a document
   * already there is the same event's, made by the same pure {@code evolve}, so losing to it is done.
   */
  private <D extends Record, E extends DomainEvent> void writeEach(Target<D, E> target, List<Bell> pending,
                                                                  Map<StreamId, Tail> tails,
                                                                  Map<Integer, RuntimeException> failures) {
    Projection<D, E> projection = target.projection();
    List<ReadModels.Write> writes = new ArrayList<>();
    List<Bell> writing = new ArrayList<>();
    for (Bell bell : pending) {
      try {
        for (Decoded d : tails.get(bell.stream()).events()) {
          if (projection.eventTypes().contains(d.envelope().eventType())) {
            D entry = projection.evolve(null, d.envelope(), projection.eventClass().cast(d.event()));
            writes.add(new ReadModels.Write(new Versioned<>(DocumentId.ofEvent(d.envelope()), 1, entry), 0));
          }
        }
        writing.add(bell);
      } catch (RuntimeException e) {
        bell.fail(failures, e);
      }
    }
    try {
      if (!writes.isEmpty()) {
        readModels.write(target.collection(), writes);
      }
    } catch (RuntimeException e) {
      writing.forEach(bell -> bell.fail(failures, e));
    }
  }

  /** The write that brings {@code current} up to the end of {@code tail}, or {@code null} when the store has nothing newer. */
  private static <D extends Record, E extends DomainEvent> ReadModels.Write fold(Projection<D, E> projection, StreamId stream,
                                                                                String id, Tail tail, Versioned<D> current) {
    long from = current == null ? 0 : current.version();
    if (from < tail.after()) {
      throw new IllegalStateException("document " + id + " is at version " + from + " but the store was read from "
          + (tail.after() + 1));
    }
    if (tail.end() <= from) {
      return null;
    }
    D document = current == null ? null : current.document();
    for (Decoded d : tail.events().subList((int) (from - tail.after()), tail.events().size())) {
      if (projection.eventTypes().contains(d.envelope().eventType())) {
        document = projection.evolve(document, d.envelope(), projection.eventClass().cast(d.event()));
      }
    }
    if (document == null) {
      throw new IllegalStateException("stream " + stream.key() + " starts with an event that " + projection.name()
          + " does not take");
    }
    return new ReadModels.Write(new Versioned<>(DocumentId.of(stream), tail.end(), document), from);
  }

  private boolean followed(String streamType) {
    return projections.stream().anyMatch(p -> p.follows(streamType));
  }

  private static ExecutorService readerPool(int size) {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(size, size, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread thread = new Thread(r, "projector-store-reader-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /**
   * The result of projecting a batch: the envelopes, by index, that failed and should come back,
   * with why; and those the store does not confirm (applied from nothing, not failed), with why.
   */
  public record Outcome(int size, Map<Integer, RuntimeException> failures, Map<Integer, String> unconfirmed) {
    public Outcome {
      failures = Collections.unmodifiableMap(new TreeMap<>(failures));
      Map<Integer, String> notFailed = new TreeMap<>(unconfirmed);
      notFailed.keySet().removeAll(failures.keySet());
      unconfirmed = Collections.unmodifiableMap(notFailed);
    }

    public Outcome(int size, Map<Integer, RuntimeException> failures) {
      this(size, failures, Map.of());
    }

    public boolean allApplied() {
      return failures.isEmpty();
    }
  }

  /** The store gave a stream's events with a hole or out of order: its messages fail and come back. */
  public static final class StreamOutOfOrder extends RuntimeException {
    StreamOutOfOrder(StreamId stream, long expected, long found) {
      super("the store gave version " + found + " of " + stream.key() + " where " + expected + " was expected");
    }
  }

  private record Decoded(EventEnvelope envelope, DomainEvent event) {
  }

  /** A stream's events as the store has them after version {@code after}, in order. */
  private record Tail(long after, List<Decoded> events) {
    long end() {
      return after + events.size();
    }

    Decoded at(long version) {
      return events.get((int) (version - after - 1));
    }
  }

  /** One delivered envelope: where it is in the batch, and what it claims. */
  private record Delivery(int index, long version, String eventId, String eventType) {
  }

  /** The deliveries of a batch for one stream: the doorbell rung, perhaps several times. */
  private record Bell(StreamId stream, List<Delivery> deliveries) {
    Bell(StreamId stream) {
      this(stream, new ArrayList<>());
    }

    void rang(int index, EventEnvelope envelope) {
      deliveries.add(new Delivery(index, envelope.version(), envelope.eventId(), envelope.eventType()));
    }

    long latest() {
      return deliveries.stream().mapToLong(Delivery::version).max().orElseThrow();
    }

    long earliest() {
      return deliveries.stream().mapToLong(Delivery::version).min().orElseThrow();
    }

    String documentId() {
      return DocumentId.of(stream).value();
    }

    /** Notes each delivery that claims what the store, read from {@code tail.after() + 1}, does not have. */
    void unconfirmedBy(Tail tail, Map<Integer, String> unconfirmed) {
      for (Delivery d : deliveries) {
        if (d.version() > tail.end()) {
          unconfirmed.put(d.index(), d.eventType() + " " + d.eventId() + " at version " + d.version() + " of "
              + stream.key() + " is not in the event store, whose stream ends at version " + tail.end());
        } else if (d.version() > tail.after() && !tail.at(d.version()).envelope().eventId().equals(d.eventId())) {
          Decoded stored = tail.at(d.version());
          unconfirmed.put(d.index(), d.eventType() + " " + d.eventId() + " at version " + d.version() + " of "
              + stream.key() + " is not the event store's, which is " + stored.envelope().eventType() + " "
              + stored.envelope().eventId());
        }
      }
    }

    void fail(Map<Integer, RuntimeException> failures, RuntimeException cause) {
      deliveries.forEach(d -> failures.putIfAbsent(d.index(), cause));
    }
  }

  /** One collection of one projection, with the stored documents of the batch's streams as first read. */
  private record Target<D extends Record, E extends DomainEvent>(Projection<D, E> projection, String collection,
                                                                  List<Bell> rung, Map<String, Versioned<D>> stored) {
    long versionOf(Bell bell) {
      Versioned<D> document = stored.get(bell.documentId());
      return document == null ? 0 : document.version();
    }

    /**
     * Where the store is read from for this collection: after the stream document's version, or,
     * for one document per event, from the earliest delivered event (the others were, or will be,
     * delivered on their own: delivery is at least once).
     */
    long readFrom(Bell bell) {
      return projection.perEvent() ? bell.earliest() : versionOf(bell) + 1;
    }

    /** The streams whose documents here are behind a delivered version. */
    List<Bell> behind() {
      return rung.stream().filter(bell -> bell.latest() > versionOf(bell)).toList();
    }
  }
}
