package app.jobmate.loadtests;

import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.PaidBy;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.ReadModels.Write;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.reports.ExpenseReportLine;
import app.jobmate.projections.reports.ExpenseReportProjection;
import app.jobmate.projections.reports.ExpenseStage;
import app.jobmate.projections.reports.adapter.mongodb.MongoExportQueries;
import app.jobmate.projections.reports.exports.CappedText;
import app.jobmate.projections.reports.exports.ExpenseExport;
import app.jobmate.projections.reports.exports.ExpenseExportFormat;
import app.jobmate.projections.reports.exports.ExportedExpense;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * What an expense export costs in memory for a busy tenant's year (default 20,000 expenses), against
 * mongo-java-server in a JVM of its own (so its memory is not counted): the CSV's size in bytes, and
 * the heap's peak above what was in use before (the sum of each heap pool's peak, after a GC, so an
 * over-estimate: run with a small young generation, {@code -XX:+UseSerialGC -Xmn8m}, so that the peak
 * is mostly what is live, not garbage waiting in eden), and the bytes allocated, for three passes over
 * the same cursor: reading only (the driver's batches),
 * the export as built (rows written to the capped text as read), and the export built from a list of
 * every line first (what the design avoids). Printed, never asserted.
 *
 * <pre>
 * ./mvnw -B -q -ntp -DskipTests -pl load-tests -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -XX:+UseSerialGC -Xmx1g -Xmn8m -cp "load-tests/target/classes:$(cat load-tests/target/classpath.txt)" \
 *   app.jobmate.loadtests.ExportFootprint 20000
 * </pre>
 */
public final class ExportFootprint {

  private static final TenantId TENANT = TenantId.of("t-busy");
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 12, 31);

  private ExportFootprint() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("serve")) {
      MongoServer server = new MongoServer(new MemoryBackend());
      server.bind("127.0.0.1", Integer.parseInt(args[1]));
      System.out.println("serving");
      Thread.sleep(Long.MAX_VALUE);
    }
    int expenses = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    // the server in a JVM of its own, so that its memory is not counted as the export's
    Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), ExportFootprint.class.getName(), "serve", String.valueOf(port))
        .redirectErrorStream(true).start();
    new java.io.BufferedReader(new java.io.InputStreamReader(server.getInputStream())).lines()
        .filter(line -> line.contains("serving")).findFirst().orElseThrow();
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
      MongoReadModels readModels = new MongoReadModels(client.getDatabase("footprint"), ReadSides.ALL).ensureIndexes();
      seed(readModels, expenses);
      MongoExportQueries queries = new MongoExportQueries(readModels);
      for (int round = 1; round <= 2; round++) {
        long readOnly = peakAbove(() -> queries.forEachExpense(TENANT, FROM, TO, e -> { }));
        long readOnlyAllocated = allocated;
        long[] size = new long[1];
        long streamed = peakAbove(() -> {
          CappedText csv = new CappedText(Long.MAX_VALUE);
          ExpenseExport.write(queries, TENANT, FROM, TO, ExpenseExportFormat.XERO, csv);
          size[0] = csv.bytes();
          if (csv.toString().isEmpty()) {
            throw new IllegalStateException("empty export");
          }
        });
        long streamedAllocated = allocated;
        long listed = peakAbove(() -> {
          List<ExportedExpense> all = new ArrayList<>();
          queries.forEachExpense(TENANT, FROM, TO, all::add);
          StringWriter csv = new StringWriter();
          ExpenseExport.write((t, f, to, each) -> all.forEach(each), TENANT, FROM, TO, ExpenseExportFormat.XERO, csv);
          if (csv.toString().isEmpty()) {
            throw new IllegalStateException("empty export");
          }
        });
        System.out.printf("round %d: %,d expenses, CSV %,d bytes (%.2f MB); heap peak above baseline (allocated):"
                + " cursor only %s (%s), export streamed %s (%s), export from a list %s (%s)%n", round, expenses, size[0],
            size[0] / 1e6, mb(readOnly), mb(readOnlyAllocated), mb(streamed), mb(streamedAllocated), mb(listed),
            mb(allocated));
      }
    } finally {
      server.destroy();
    }
  }

  private static String mb(long bytes) {
    return String.format("%.1f MB", bytes / 1e6);
  }

  private static long allocated;

  private static long peakAbove(Runnable work) {
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    work.run();
    allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return peak - before;
  }

  private static void seed(MongoReadModels readModels, int expenses) {
    Random random = new Random(1);
    List<Write> writes = new ArrayList<>();
    String[] suppliers = {"City Plumbing Supplies, Leeds", "Screwfix", "Travis Perkins", "Shell Garage \"M62\"",
        "Greggs", "Jewson Ltd", "Toolstation", "B&Q"};
    for (int n = 0; n < expenses; n++) {
      LocalDate date = FROM.plusDays(random.nextInt(365));
      VatCode code = VatCode.values()[random.nextInt(VatCode.values().length)];
      long net = 100 + random.nextInt(200_000);
      long vat = code == VatCode.STANDARD ? net / 5 : code == VatCode.REDUCED ? net / 20 : 0;
      String member = random.nextBoolean() ? null : "a1a1a1a1-0000-4000-8000-00000000000" + random.nextInt(10);
      ExpenseReportLine line = new ExpenseReportLine(date, null, suppliers[random.nextInt(suppliers.length)],
          "Materials for job " + random.nextInt(500), ExpenseCategory.values()[random.nextInt(7)], code, net, vat,
          net + vat, code.name().startsWith("REVERSE") ? net / 5 : 0, member == null ? PaidBy.COMPANY : PaidBy.MEMBER,
          member, null, ExpenseStage.APPROVED, true, date, null, null);
      writes.add(new Write(new Versioned<>(DocumentId.of(TENANT, UUID.randomUUID()), 3, line), 0));
      if (writes.size() == 1_000) {
        readModels.write(ExpenseReportProjection.NAME, writes);
        writes.clear();
      }
    }
    readModels.write(ExpenseReportProjection.NAME, writes);
  }
}
