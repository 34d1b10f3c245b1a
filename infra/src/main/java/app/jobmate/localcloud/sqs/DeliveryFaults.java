package app.jobmate.localcloud.sqs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults to rehearse on one queue mapping, each of them something SQS and Lambda do to a consumer
 * in AWS, made to happen on purpose: a message delivered several times at once (SQS is at least
 * once), messages out of order (a standard queue keeps none), an invocation that dies halfway
 * through its batch. None is on until a test turns it on; {@link #clear()} turns them all off.
 */
public final class DeliveryFaults {

  private volatile int copies = 1;
  private volatile Random shuffle;
  private final AtomicInteger crashes = new AtomicInteger();

  /** Every batch is handed to {@code times} invocations at once, as if each message had been received that often. */
  public void deliverEachMessage(int times) {
    if (times < 1) {
      throw new IllegalArgumentException("a message is delivered at least once");
    }
    copies = times;
  }

  /**
   * Messages are delivered out of order: each batch shuffled (by {@code seed}) and handed over in
   * small pieces, and about a third of the messages received for the first time put back for a
   * second, so that later messages overtake them.
   */
  public void reorder(long seed) {
    shuffle = new Random(seed);
  }

  /**
   * The next {@code batches} batches of two or more messages crash halfway: the function is invoked
   * with the first half of the batch (its writes happen), then the invocation counts as failed for
   * the whole batch, as when an execution environment dies before answering. Nothing is deleted;
   * every message comes back after the visibility timeout.
   */
  public void crashMidBatch(int batches) {
    crashes.set(batches);
  }

  /** How many of the crashes asked for have not happened yet. */
  public int pendingCrashes() {
    return crashes.get();
  }

  public void clear() {
    copies = 1;
    shuffle = null;
    crashes.set(0);
  }

  int copies() {
    return copies;
  }

  boolean reordering() {
    return shuffle != null;
  }

  /** Whether this batch is one that crashes; each call with a batch of two or more takes one. */
  boolean takeCrash(int batchSize) {
    return batchSize >= 2 && crashes.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
  }

  /** The batch's order after shuffling, in pieces of one to three messages. */
  <T> List<List<T>> shuffled(List<T> batch) {
    Random random = shuffle;
    List<T> order = new ArrayList<>(batch);
    List<List<T>> pieces = new ArrayList<>();
    if (random == null) {
      pieces.add(order);
      return pieces;
    }
    synchronized (random) {
      Collections.shuffle(order, random);
      for (int from = 0; from < order.size(); ) {
        int size = Math.min(order.size() - from, 1 + random.nextInt(3));
        pieces.add(List.copyOf(order.subList(from, from + size)));
        from += size;
      }
    }
    return pieces;
  }

  /** Whether to put a message received for the first time back, to be overtaken. */
  boolean holdBack(int receiveCount) {
    Random random = shuffle;
    if (random == null || receiveCount > 1) {
      return false;
    }
    synchronized (random) {
      return random.nextInt(3) == 0;
    }
  }
}
