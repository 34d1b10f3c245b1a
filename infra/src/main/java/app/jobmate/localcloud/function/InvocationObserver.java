package app.jobmate.localcloud.function;

/**
 * Sees every invocation that reached a handler, as X-Ray or Lambda's own metrics would: which
 * function, with what event, when it began and ended ({@link System#nanoTime()}), and whether it
 * answered. The benchmark harness uses it to split end-to-end latency into hops. An observer must
 * be quick and must not throw.
 */
@FunctionalInterface
public interface InvocationObserver {

  void invoked(String logicalId, byte[] event, long startNanos, long endNanos, boolean answered);
}
