package app.jobmate.projections.adapter.lambda;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadModels;
import java.time.Duration;
import java.util.function.Function;

/**
 * Reading your own write, the one reader of {@code minVersion}: on a page, the version of the
 * page's own stream ({@code minVersion=7}); on a list or a report, a stream and its version
 * ({@code minVersion=<quoteId>:7}). The query waits, polling the read model (20 ms, doubling to
 * 200 ms), until that stream's document reaches the version or {@code maxWait} has passed, then
 * answers with what it has, saying whether it is still behind.
 */
public final class ReadYourWrites {

  private final ReadModels readModels;
  private final Duration maxWait;

  public ReadYourWrites(ReadModels readModels, Duration maxWait) {
    this.readModels = readModels;
    this.maxWait = maxWait;
  }

  /** The write a client wants to read: {@code version} of the stream {@code streamId}. */
  public record MinVersion(String streamId, long version) {

    /** On a page, the version of the page's stream, or {@code null} when none was asked for. */
    public static MinVersion onPage(Object streamId, Long version) {
      return version == null ? null : new MinVersion(streamId.toString(), version);
    }
  }

  /**
   * The parser of {@code <streamId>:<version>} (lists and reports), where {@code id} checks the
   * stream id and {@code name} says what it is in the error ({@code quoteId}).
   */
  public static Function<String, MinVersion> ofAStream(Function<String, ?> id, String name) {
    return text -> {
      int colon = text.lastIndexOf(':');
      try {
        if (colon < 0) {
          throw new IllegalArgumentException("no colon");
        }
        return new MinVersion(id.apply(text.substring(0, colon)).toString(), version(text.substring(colon + 1)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("must be <" + name + ">:<version>, e.g. 0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60:7");
      }
    };
  }

  /** The parser of a stream version (pages): a whole number from 1. */
  public static long version(String value) {
    try {
      long version = Long.parseLong(value);
      if (version >= 1) {
        return version;
      }
    } catch (NumberFormatException e) {
      // reported below, as every other malformed version is
    }
    throw new IllegalArgumentException("must be a version, a whole number from 1");
  }

  /**
   * Waits until the tenant's document of {@code wanted}'s stream in {@code projection} has reached
   * its version, or the wait is over.
   *
   * @return whether it is still behind ({@code false} when nothing was asked for)
   */
  public boolean behind(TenantId tenant, Projection<?, ?> projection, MinVersion wanted) {
    if (wanted == null) {
      return false;
    }
    DocumentId id = DocumentId.of(tenant, wanted.streamId());
    long deadline = System.nanoTime() + maxWait.toNanos();
    long pauseMillis = 20;
    while (true) {
      if (readModels.findActive(projection.name(), projection.documentType(), id)
          .filter(document -> document.version() >= wanted.version()).isPresent()) {
        return false;
      }
      long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
      if (remainingMillis <= 0) {
        return true;
      }
      try {
        Thread.sleep(Math.min(pauseMillis, remainingMillis));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return true;
      }
      pauseMillis = Math.min(pauseMillis * 2, 200);
    }
  }
}
