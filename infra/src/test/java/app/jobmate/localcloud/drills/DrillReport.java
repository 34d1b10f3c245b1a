package app.jobmate.localcloud.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The drills' table: per drill, the commands the API accepted, the events the store gained, and how
 * many checks passed (the seven invariants and the drill's own). Printed after each drill class and
 * written, with every drill run in this JVM so far, to {@code target/fault-drills.md}.
 */
final class DrillReport {

  static final Path FILE = Path.of("target", "fault-drills.md");

  record Row(String drill, long accepted, long events, int passed, int checks, double seconds) {
  }

  private static final List<Row> ROWS = new ArrayList<>();

  private DrillReport() {
  }

  static synchronized void add(Row row) {
    ROWS.add(row);
  }

  static synchronized String table() {
    StringBuilder table = new StringBuilder("""
        | drill | commands accepted | events stored | checks passed | seconds |
        |---|---:|---:|---:|---:|
        """);
    for (Row row : ROWS) {
      table.append("| %s | %d | %d | %d/%d | %.1f |%n".formatted(row.drill(), row.accepted(), row.events(), row.passed(),
          row.checks(), row.seconds()));
    }
    return table.toString();
  }

  /** Prints the table and writes it to {@link #FILE}. */
  static synchronized void publish() {
    String table = table();
    System.out.println("\nFault drills\n\n" + table);
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, "# Fault drills\n\nEach drill ran a seeded workload of HTTP commands while a fault was injected, "
          + "let the system drain, and checked the seven invariants of infra/README.md and its own expectations.\n\n" + table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
