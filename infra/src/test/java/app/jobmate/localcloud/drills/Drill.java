package app.jobmate.localcloud.drills;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One drill: its body sends a workload while it injects a fault and says what it expects of the
 * fault itself; then the system drains, the seven invariants are checked, the row goes into the
 * table, and the drill fails if any check did.
 */
final class Drill {

  /** A cloud a drill can run against (in this JVM or in a child process). */
  interface Target {
    Invariants.Site site();

    Devices devices();

    /** Returns once the system has done all it had to do. */
    void drain() throws Exception;

    /** The poison messages drills sent on purpose so far, by dead-letter queue. */
    Map<String, List<String>> poison();
  }

  /** The drill's own part: workload and fault, and checks of what the fault should have done. */
  @FunctionalInterface
  interface Body {
    List<Invariants.Check> run(Ledger ledger) throws Exception;
  }

  private Drill() {
  }

  static void run(String name, Target target, Body body) throws Exception {
    long started = System.nanoTime();
    long before = Invariants.store(target.site()).eventCount();
    Ledger ledger = new Ledger();
    List<Invariants.Check> checks = new ArrayList<>(body.run(ledger));
    target.drain();
    List<Invariants.Check> invariants = Invariants.check(target.site(), ledger, target.devices(), target.poison());
    checks.addAll(0, invariants);
    long after = Invariants.store(target.site()).eventCount();
    int passed = (int) checks.stream().filter(Invariants.Check::passed).count();
    double seconds = (System.nanoTime() - started) / 1e9;
    DrillReport.add(new DrillReport.Row(name, ledger.accepted(), after - before, passed, checks.size(), seconds));
    StringBuilder verdict = new StringBuilder("drill " + name + " (" + ledger.all().size() + " commands, "
        + ledger.accepted() + " accepted, " + (after - before) + " events, %.1f s)".formatted(seconds));
    checks.forEach(check -> verdict.append("\n  ").append(check));
    if (target instanceof DrillCloud cloud) {
      cloud.log(verdict + cloud.invocationSummary(started));
    }
    System.out.println(verdict);
    if (passed < checks.size()) {
      fail(verdict.toString());
    }
  }

  /** A drill's own check. */
  static Invariants.Check expect(String name, List<String> failures) {
    return new Invariants.Check(name, List.copyOf(failures));
  }

  static Invariants.Check expect(String name, boolean held, String otherwise) {
    return new Invariants.Check(name, held ? List.of() : List.of(otherwise));
  }

  /** Every command of the ledger accepted, or answered one of {@code allowed}. */
  static Invariants.Check answered(Ledger ledger, int... allowed) {
    return expect("every command answered 2xx" + (allowed.length == 0 ? "" : " or " + Arrays.toString(allowed)),
        ledger.unexpected(allowed).stream().map(Ledger.Sent::toString).toList());
  }
}
