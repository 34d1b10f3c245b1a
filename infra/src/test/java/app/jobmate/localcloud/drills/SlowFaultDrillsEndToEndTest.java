package app.jobmate.localcloud.drills;

import static app.jobmate.localcloud.drills.Api.BEN;
import static app.jobmate.localcloud.drills.Api.SAM;
import static app.jobmate.localcloud.drills.Api.SOPHIE;
import static app.jobmate.localcloud.drills.Drill.answered;
import static app.jobmate.localcloud.drills.Drill.expect;

import app.jobmate.localcloud.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The slow fault drills, only behind {@code ./jobmate drills}: the whole local cloud killed with
 * {@code SIGKILL} under load and started again on its data, and a projection rebuilt while commands
 * flow. Each checks the seven invariants afterwards, as the fast drills do.
 */
@Tag("slow-drill")
class SlowFaultDrillsEndToEndTest {

  @AfterAll
  static void publish() {
    DrillReport.publish();
  }

  @Test
  void the_whole_local_cloud_killed_under_load_and_started_again_on_its_data() throws Exception {
    try (ChildCloud child = new ChildCloud()) {
      child.start();
      Api api = child.api();
      // the child seeds the demo data (the teams among it) as ./jobmate start does; the drill's customers are its own
      Workload.enterCustomers(api);
      Map<String, String> userIds = Map.of(SAM, api.userId(SAM), SOPHIE, api.userId(SOPHIE), BEN, api.userId(BEN));
      Drill.run("SIGKILL under load, then a restart on the same data", child, ledger -> {
        // clients ride out the crash as a phone would: the same request, same Idempotency-Key, until it is answered
        Workload.Running running = Workload.plan(1313, 12, 12, userIds).start(api, ledger, 6, Workload.Retry.UNTIL_ANSWERED);
        running.awaitSent(30);
        child.kill();
        int exit = child.exitValue();
        child.start();
        running.await();
        return List.of(answered(ledger), expect("the local cloud died of SIGKILL", exit == 137, "it exited with " + exit));
      });
    }
  }

  @Test
  void a_projection_rebuilt_while_commands_flow_equals_the_one_kept_incrementally() throws Exception {
    try (DrillCloud drills = DrillCloud.start()) {
      Api api = drills.api();
      Map<String, String> userIds = Map.of(SAM, api.userId(SAM), SOPHIE, api.userId(SOPHIE), BEN, api.userId(BEN));
      Workload.plan(1400, 12, 12, userIds).start(api, new Ledger(), 6, Workload.Retry.NEVER).await();
      drills.drain();
      Drill.run("RebuildProjection (all) while commands flow", drills, ledger -> {
        Workload.Running running = Workload.plan(1414, 12, 12, userIds).start(api, ledger, 4, Workload.Retry.NEVER);
        running.awaitSent(15);
        int sentBefore = running.sent();
        byte[] rebuilt = drills.cloud().functions().require("RebuildProjectionFunction")
            .invoke("{\"projection\": \"all\"}".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(5));
        int sentDuringTheRebuild = running.sent() - sentBefore;
        running.await();
        drills.drain();
        List<String> differences = new ArrayList<>();
        int[] compared = {0, 0};
        MongoDatabase mongo = drills.site().mongo();
        for (JsonNode result : Json.parse(rebuilt).path("rebuilt")) {
          compare(mongo, result.path("replaced").asText(), result.path("collection").asText(), differences, compared);
        }
        return List.of(answered(ledger),
            expect("commands flowed during the rebuild (" + sentDuringTheRebuild + " answered while it ran)",
                sentDuringTheRebuild > 0, "no command was answered while the rebuild ran"),
            expect("the rebuilt collections equal the incremental ones (" + compared[0] + " documents at the same version, "
                + compared[1] + " moved on after the swap)", differences));
      });
    }
  }

  /**
   * Each document of the rebuilt collection against the incremental collection it replaced: equal
   * where both are at the same version; the incremental one is never ahead (it stops at the swap, so
   * a document changed since is checked against the store by the invariants instead).
   */
  private static void compare(MongoDatabase mongo, String incremental, String rebuilt, List<String> differences, int[] compared) {
    Map<String, Document> before = new HashMap<>();
    mongo.getCollection(incremental).find().forEach(d -> before.put(d.getString("_id"), d));
    Map<String, Document> after = new HashMap<>();
    mongo.getCollection(rebuilt).find().forEach(d -> after.put(d.getString("_id"), d));
    before.forEach((id, old) -> {
      Document now = after.get(id);
      long oldVersion = old.get("version", Number.class).longValue();
      if (now == null) {
        differences.add(rebuilt + " lacks " + id + ", which " + incremental + " has at version " + oldVersion);
      } else if (now.get("version", Number.class).longValue() < oldVersion) {
        differences.add(rebuilt + " has " + id + " at version " + now.get("version") + ", " + incremental + " at " + oldVersion);
      } else if (now.get("version", Number.class).longValue() > oldVersion) {
        compared[1]++;
      } else if (!now.equals(old)) {
        differences.add(id + " differs: rebuilt " + now.toJson() + "\n      incremental " + old.toJson());
      } else {
        compared[0]++;
      }
    });
  }
}
