package app.jobmate.projections.core;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rebuilds a projection from the event store while live traffic goes on (see {@code docs/read-side.md}):
 * <ol>
 *   <li>a fresh collection is named as the placement's {@code rebuilding} target, so every live
 *       projector that reads the placement from then on writes each event to it as well;</li>
 *   <li>every stream that exists is read from the store and applied to the target through the
 *       projector's guard, so whichever of the rebuild and a live projector writes a document first,
 *       the other finds its events already applied;</li>
 *   <li>the target is swapped in as the active collection.</li>
 * </ol>
 * An event a live projector applied only to the old collection was read from its batch before the
 * target was named, so it was in the store before the rebuild listed the streams. Running a
 * rebuild again after a crash resumes the same target.
 */
public final class Rebuild {

  private static final int STREAMS_PER_WRITE = 100;

  private final ReadModels readModels;
  private final EventHistory history;
  private final Projector projector;
  private final int parallelism;

  public Rebuild(ReadModels readModels, EventHistory history, Projector projector, int parallelism) {
    this.readModels = readModels;
    this.history = history;
    this.projector = projector;
    this.parallelism = parallelism;
  }

  public Result run(String projectionName) {
    Projection<?, ?> projection = projector.projections().stream().filter(p -> p.name().equals(projectionName))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("no projection named " + projectionName));
    long started = System.nanoTime();
    Placement placement = readModels.beginRebuild(projection.name());
    String target = placement.rebuilding().orElseThrow();
    List<StreamId> streams = Collections.synchronizedList(new ArrayList<>());
    for (String streamType : new java.util.TreeSet<>(projection.streamTypes())) {
      history.forEachStream(streamType, streams::add);
    }
    AtomicLong events = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(parallelism);
    try {
      List<Future<?>> chunks = new ArrayList<>();
      for (int from = 0; from < streams.size(); from += STREAMS_PER_WRITE) {
        List<StreamId> chunk = List.copyOf(streams.subList(from, Math.min(streams.size(), from + STREAMS_PER_WRITE)));
        chunks.add(pool.submit(() -> events.addAndGet(applyChunk(projection, target, chunk))));
      }
      for (Future<?> chunk : chunks) {
        chunk.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the rebuild of " + projectionName + " was interrupted; run it again to resume", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the rebuild of " + projectionName + " failed; run it again to resume", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    Placement swapped = readModels.completeRebuild(projection.name(), target);
    return new Result(projection.name(), target, swapped.previous().orElse(null), streams.size(), events.get(),
        Duration.ofNanos(System.nanoTime() - started));
  }

  private long applyChunk(Projection<?, ?> projection, String target, List<StreamId> chunk) {
    List<EventEnvelope> envelopes = new ArrayList<>();
    for (StreamId stream : chunk) {
      envelopes.addAll(history.read(stream, 1));
    }
    Map<Integer, RuntimeException> failures = projector.applyTo(projection, target, envelopes);
    if (!failures.isEmpty()) {
      Map.Entry<Integer, RuntimeException> first = failures.entrySet().iterator().next();
      throw new IllegalStateException(failures.size() + " events could not be applied, the first "
          + envelopes.get(first.getKey()).eventId(), first.getValue());
    }
    return envelopes.size();
  }

  /** What a rebuild did: the collection swapped in, the one it replaced, how much it read and how long it took. */
  public record Result(String projection, String rebuilt, String replaced, long streams, long events, Duration took) {
  }
}
