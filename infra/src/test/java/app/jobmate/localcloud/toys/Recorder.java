package app.jobmate.localcloud.toys;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the toy functions saw, for the tests to read: they all run in the test's JVM. */
public final class Recorder {

  private static final Map<String, List<String>> SEEN = new ConcurrentHashMap<>();

  private Recorder() {
  }

  public static void record(String function, String what) {
    SEEN.computeIfAbsent(function, f -> new CopyOnWriteArrayList<>()).add(what);
  }

  public static List<String> seen(String function) {
    return List.copyOf(SEEN.getOrDefault(function, List.of()));
  }
}
