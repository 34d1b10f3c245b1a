package app.jobmate.localcloud.function;

import app.jobmate.localcloud.function.FunctionError.Kind;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One function's execution environments in this JVM. Like Lambda, an environment (here: a handler
 * instance) serves one invocation at a time, a new one is built (a cold start) only when every
 * existing one is busy, the number of concurrent invocations is bounded by the function's
 * concurrency, and an environment whose invocation timed out is thrown away.
 */
public final class LambdaFunction implements AutoCloseable {

  private final FunctionSpec spec;
  private final HandlerAdapter adapter;
  private volatile Semaphore slots;
  private final ConcurrentLinkedDeque<Object> idle = new ConcurrentLinkedDeque<>();
  private final ExecutorService runner;
  private final Consumer<String> log;
  private final AtomicInteger coldStarts = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger invocations = new AtomicInteger();
  private final java.util.List<InvocationObserver> observers = new java.util.concurrent.CopyOnWriteArrayList<>();

  public LambdaFunction(FunctionSpec spec, Consumer<String> log) {
    this.spec = spec;
    this.adapter = new HandlerAdapter(spec.handler());
    this.slots = new Semaphore(spec.concurrency(), true);
    this.log = log;
    AtomicInteger threads = new AtomicInteger();
    this.runner = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "fn-" + spec.logicalId() + "-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  public FunctionSpec spec() {
    return spec;
  }

  public int coldStarts() {
    return coldStarts.get();
  }

  public int inFlight() {
    return inFlight.get();
  }

  public void observe(InvocationObserver observer) {
    observers.add(observer);
  }

  /**
   * Sets the function's concurrency to {@code limit}, as {@code PutFunctionConcurrency} would: an
   * invocation beyond it waits for a slot (a mapping's poller, up to its queue's visibility
   * timeout) or is throttled. Invocations already running keep their slots.
   */
  public void reserveConcurrency(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("a concurrency of at least 1");
    }
    slots = new Semaphore(limit, true);
  }

  /** Back to the concurrency of the template. */
  public void restoreConcurrency() {
    slots = new Semaphore(spec.concurrency(), true);
  }

  /** How many invocations reached the handler. */
  public int invocations() {
    return invocations.get();
  }

  /** Builds one environment ahead of the first invocation, so that it starts warm. */
  public void warm() throws FunctionError {
    if (idle.isEmpty()) {
      idle.push(newEnvironment());
    }
  }

  /**
   * Invokes the function with a JSON event and returns its JSON result, waiting up to
   * {@code waitForSlot} for a free concurrency slot.
   */
  public byte[] invoke(byte[] event, Duration waitForSlot) throws FunctionError {
    Semaphore limit = slots; // a slot goes back to the limit it was taken from
    try {
      if (!limit.tryAcquire(waitForSlot.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new FunctionError(Kind.THROTTLED, "TooManyRequestsException", "Rate Exceeded.", null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FunctionError(Kind.THROTTLED, "Interrupted", "interrupted while waiting for a concurrency slot", e);
    }
    inFlight.incrementAndGet();
    try {
      Object instance = idle.poll();
      if (instance == null) {
        instance = newEnvironment();
      }
      boolean reusable = false;
      boolean answered = false;
      long start = System.nanoTime();
      try {
        byte[] result = run(instance, event);
        reusable = true;
        answered = true;
        return result;
      } catch (FunctionError error) {
        reusable = error.kind() != Kind.TIMEOUT;
        throw error;
      } finally {
        long end = System.nanoTime();
        for (InvocationObserver observer : observers) {
          observer.invoked(spec.logicalId(), event, start, end, answered);
        }
        if (reusable) {
          idle.push(instance);
        }
      }
    } finally {
      inFlight.decrementAndGet();
      limit.release();
    }
  }

  private Object newEnvironment() throws FunctionError {
    try {
      Object instance = adapter.newInstance(spec.environment());
      coldStarts.incrementAndGet();
      return instance;
    } catch (InvocationTargetException e) {
      throw initError(e.getCause());
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw initError(e);
    }
  }

  private FunctionError initError(Throwable cause) {
    log.accept("[" + spec.logicalId() + "] init failed: " + cause);
    return new FunctionError(Kind.UNHANDLED, "Runtime.InitError", String.valueOf(cause.getMessage()), cause);
  }

  private byte[] run(Object instance, byte[] event) throws FunctionError {
    invocations.incrementAndGet();
    String requestId = UUID.randomUUID().toString();
    long deadline = System.nanoTime() + spec.timeout().toNanos();
    LocalContext context = new LocalContext(requestId, spec, deadline, logger(requestId));
    Future<byte[]> invocation = runner.submit(() -> {
      try {
        return adapter.invoke(instance, event, context);
      } catch (Exception | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException(t);
      }
    });
    try {
      return invocation.get(spec.timeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      invocation.cancel(true);
      String message = "Task timed out after " + spec.timeout().toMillis() / 1000.0 + " seconds";
      log.accept("[" + spec.logicalId() + "] " + requestId + " " + message);
      throw new FunctionError(Kind.TIMEOUT, "Sandbox.Timedout", message, null);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      log.accept("[" + spec.logicalId() + "] " + requestId + " failed: " + cause);
      throw new FunctionError(Kind.UNHANDLED, cause.getClass().getName(), String.valueOf(cause.getMessage()), cause);
    } catch (InterruptedException e) {
      invocation.cancel(true);
      Thread.currentThread().interrupt();
      throw new FunctionError(Kind.UNHANDLED, "Interrupted", "the local cloud is stopping", e);
    }
  }

  private LambdaLogger logger(String requestId) {
    String prefix = "[" + spec.logicalId() + "] " + requestId + " ";
    return new LambdaLogger() {
      @Override
      public void log(String message) {
        log.accept(prefix + message);
      }

      @Override
      public void log(byte[] message) {
        log(new String(message, StandardCharsets.UTF_8));
      }

      @Override
      public void log(String message, LogLevel level) {
        log(level + " " + message);
      }
    };
  }

  @Override
  public void close() {
    runner.shutdownNow();
    idle.clear();
  }
}
