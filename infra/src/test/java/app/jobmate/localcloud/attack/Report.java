package app.jobmate.localcloud.attack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What each attack class tried and found, and the table the suite prints. */
final class Report {

  /** One attack class: the routes it tried, its requests, the right answers, the writes it left, the wrong answers. */
  static final class Row {
    final String attackClass;
    final Set<String> routes = new TreeSet<>();
    final Set<String> writes = new TreeSet<>();
    final List<String> wrong = new ArrayList<>();
    int requests;
    int refusedCorrectly;
    boolean ran;

    private Row(String attackClass) {
      this.attackClass = attackClass;
    }

    /** The findings of this class: every wrong answer and every write, one line each. */
    List<String> findings() {
      List<String> findings = new ArrayList<>(wrong);
      writes.forEach(w -> findings.add("written by " + attackClass + ": " + w));
      return findings;
    }
  }

  private final Map<String, Row> rows = new LinkedHashMap<>();

  /** The rows in the order the table shows them, before any of them runs. */
  Report(String... attackClasses) {
    for (String name : attackClasses) {
      rows.put(name, new Row(name));
    }
  }

  Row row(String attackClass) {
    Row row = rows.get(attackClass);
    if (row == null) {
      throw new IllegalArgumentException("no attack class " + attackClass);
    }
    row.ran = true;
    return row;
  }

  String table() {
    StringBuilder table = new StringBuilder()
        .append("| attack class | routes tried | requests | refused correctly | writes found after the class |\n")
        .append("|---|---:|---:|---:|---:|\n");
    int requests = 0;
    int right = 0;
    int writes = 0;
    for (Row row : rows.values()) {
      if (!row.ran) {
        table.append("| ").append(row.attackClass).append(" | not run | | | |\n");
        continue;
      }
      table.append("| ").append(row.attackClass).append(" | ").append(row.routes.size()).append(" | ").append(row.requests)
          .append(" | ").append(row.refusedCorrectly).append(" | ").append(row.writes.size()).append(" |\n");
      requests += row.requests;
      right += row.refusedCorrectly;
      writes += row.writes.size();
    }
    table.append("| **all** | ").append(Catalogue.ROUTES.size()).append(" | ").append(requests).append(" | ").append(right)
        .append(" | ").append(writes).append(" |\n");
    List<String> findings = rows.values().stream().flatMap(r -> r.findings().stream()).toList();
    if (!findings.isEmpty()) {
      table.append("\nFindings (").append(findings.size()).append("):\n\n");
      findings.forEach(f -> table.append("- ").append(f).append('\n'));
    }
    return table.toString();
  }
}
