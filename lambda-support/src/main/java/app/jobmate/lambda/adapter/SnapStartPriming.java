package app.jobmate.lambda.adapter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart priming: work a function does once before Lambda takes its snapshot (a request that
 * reads but writes nothing), so that classes are loaded and initialised in the snapshot instead of
 * on the first real request after a restore. Outside SnapStart (the local cloud, tests) nothing
 * calls the hook; {@link #primeAll()} runs them on demand.
 */
public final class SnapStartPriming {

  /** CRaC keeps only weak references: the hooks must stay reachable. */
  private static final List<Resource> HOOKS = Collections.synchronizedList(new ArrayList<>());

  private SnapStartPriming() {
  }

  public static void beforeSnapshot(String name, Runnable priming) {
    Resource hook = new Resource() {
      @Override
      public void beforeCheckpoint(Context<? extends Resource> context) {
        try {
          priming.run();
        } catch (RuntimeException e) {
          // a snapshot without priming is slower to wake, not wrong: never fail the deployment for it
          System.err.println("WARN SnapStart priming of " + name + " failed: " + e);
        }
      }

      @Override
      public void afterRestore(Context<? extends Resource> context) {
        // nothing to refresh: SDK clients re-resolve credentials and reopen connections by themselves
      }
    };
    HOOKS.add(hook);
    Core.getGlobalContext().register(hook);
  }

  /** Runs every registered priming now (the benchmark harness and tests do this). */
  public static void primeAll() throws Exception {
    for (Resource hook : List.copyOf(HOOKS)) {
      hook.beforeCheckpoint(null);
    }
  }
}
