package app.jobmate.projections.audit;

import app.jobmate.events.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

import app.jobmate.projections.core.Versioned;

/**
 * The audit trail written out, CSV (RFC 4180) or JSON lines, with the filters of a {@link ListAudit}:
 * read in batches of {@link #BATCH} by keyset, each written as read, oldest first, never more than
 * {@code maxBytes} of UTF-8 (an HTTP API answer from Lambda is at most 6 MB): past it, {@link TooLarge},
 * and the caller asks for a shorter period. Values are the entry's own (ids, types, names of fields):
 * the trail never holds a value of an event's data. A CSV cell that a spreadsheet would take for a
 * formula is prefixed with an apostrophe.
 */
public final class AuditExport {

  /** Entries read per query. */
  public static final int BATCH = 500;
  /** 5 MB: room under Lambda's 6 MB answer for JSON escaping and the headers. */
  public static final long LAMBDA_ANSWER_BYTES = 5_000_000;

  static final List<String> COLUMNS = List.of("at", "eventId", "eventType", "schemaVersion", "context", "record",
      "recordId", "recordVersion", "commandId", "actor", "actorKind", "actorRoles", "fields", "sealedFields",
      "sealedPersonalDataChanged");
  private static final ObjectMapper JSON = EventJson.mapper();

  /** The two formats, by their file extension. */
  public enum Format {
    CSV("csv", "text/csv; charset=utf-8"), JSONL("jsonl", "application/jsonl; charset=utf-8");

    private final String extension;
    private final String contentType;

    Format(String extension, String contentType) {
      this.extension = extension;
      this.contentType = contentType;
    }

    public String extension() {
      return extension;
    }

    public String contentType() {
      return contentType;
    }
  }

  private AuditExport() {
  }

  /** The export of {@code query} (its cursor and limit ignored), at most {@code maxBytes} of UTF-8. */
  public static String write(AuditQueries queries, ListAudit query, Format format, long maxBytes) {
    StringBuilder out = new StringBuilder();
    long[] bytes = {0};
    if (format == Format.CSV) {
      append(out, bytes, maxBytes, String.join(",", COLUMNS) + "\r\n");
    }
    ListAudit batch = query.after(null, BATCH);
    while (true) {
      List<Versioned<AuditEntry>> read = queries.list(batch);
      List<Versioned<AuditEntry>> page = read.subList(0, Math.min(read.size(), BATCH));
      for (Versioned<AuditEntry> entry : page) {
        append(out, bytes, maxBytes, format == Format.CSV ? csvRow(entry.document()) : jsonLine(entry.document()));
      }
      if (read.size() <= BATCH || page.isEmpty()) {
        return out.toString();
      }
      Versioned<AuditEntry> last = page.getLast();
      batch = query.after(new AuditCursor(last.document().at(), last.streamId()), BATCH);
    }
  }

  private static void append(StringBuilder out, long[] bytes, long maxBytes, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes[0] += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
    if (bytes[0] > maxBytes) {
      throw new TooLarge(maxBytes);
    }
    out.append(text);
  }

  static String csvRow(AuditEntry e) {
    List<Object> cells = List.of(e.at(), e.eventId(), e.eventType(), e.schemaVersion(), e.context(), e.record(),
        e.recordId(), e.recordVersion(), e.commandId() == null ? "" : e.commandId(), e.actor(), e.actorKind(),
        String.join(" ", e.actorRoles()), String.join(" ", e.fields()), String.join(" ", e.sealedFields()),
        e.sealedPersonalDataChanged());
    StringBuilder row = new StringBuilder();
    for (Object cell : cells) {
      if (!row.isEmpty()) {
        row.append(',');
      }
      row.append(cell(String.valueOf(cell)));
    }
    return row.append("\r\n").toString();
  }

  static String jsonLine(AuditEntry e) {
    ObjectNode line = JSON.convertValue(e, ObjectNode.class);
    try {
      return JSON.writeValueAsString(line) + "\n";
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("cannot write an audit entry as JSON", ex);
    }
  }

  /** RFC 4180 quoting, and a leading apostrophe for what a spreadsheet would run as a formula. */
  private static String cell(String value) {
    String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }

  /** The export would be larger than an answer may be. */
  public static final class TooLarge extends RuntimeException {
    public TooLarge(long maxBytes) {
      super("the audit export is larger than " + maxBytes + " bytes");
    }
  }

}
