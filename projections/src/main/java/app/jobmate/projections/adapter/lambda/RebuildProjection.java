package app.jobmate.projections.adapter.lambda;

import app.jobmate.events.EventCodec;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.personaldata.MasterKey;
import app.jobmate.projections.core.EventHistory;
import app.jobmate.projections.core.EventOpener;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Rebuild;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Rebuilds a projection from the event store into a fresh collection and swaps it in, while the
 * live projectors keep writing (see {@link Rebuild}). It knows every projection of every read side
 * ({@link ReadSides}). Runs as a function ({@code {"projection": "quote_list"}}, a projection's name,
 * or {@code all}) and from the command line:
 * {@code java -cp projections.jar app.jobmate.projections.adapter.lambda.RebuildProjection quote_list},
 * with the same settings in the environment. Running it again after a crash resumes.
 */
public final class RebuildProjection implements RequestHandler<Map<String, String>, Map<String, Object>> {

  private final Projector projector;
  private final Rebuild rebuild;

  /** Wired from the function's settings (see {@link RealAdapters}) and {@code REBUILD_PARALLELISM} (default 4). */
  public RebuildProjection() {
    this(FunctionSettings.current());
  }

  private RebuildProjection(FunctionSettings settings) {
    this(RealAdapters.readModels(settings, ReadSides.ALL), RealAdapters.history(settings),
        settings.getInt("REBUILD_PARALLELISM", 4),
        RealAdapters.opener(ReadSides.ALL, RealPersonalDataKeys.from(settings)));
  }

  /**
   * A rebuild from the event store and the customers' keys that {@code settings} name (as the
   * function's, reached through this DynamoDB client and this master key), into {@code target} instead of the live read models: what every projection would
   * hold if it were rebuilt now, to compare with what the live projectors built (the fault drills do).
   */
  public static RebuildProjection into(ReadModels target, FunctionSettings settings, DynamoDbClient dynamoDb,
      MasterKey masterKey) {
    return new RebuildProjection(target, RealAdapters.history(settings, dynamoDb), settings.getInt("REBUILD_PARALLELISM", 4),
        RealAdapters.opener(ReadSides.ALL, RealPersonalDataKeys.from(settings, dynamoDb, masterKey)));
  }

  /** A rebuild of read sides that show no personal data (its events pass unopened). */
  public RebuildProjection(ReadModels readModels, EventHistory history, int parallelism) {
    this(readModels, history, parallelism, EventOpener.NONE);
  }

  /** @param opener opens the events of the read sides that show personal data, as their projectors do */
  public RebuildProjection(ReadModels readModels, EventHistory history, int parallelism, EventOpener opener) {
    this.projector = new Projector(readModels, history, EventCodec.standard(), ReadSides.projections(), 1, opener);
    this.rebuild = new Rebuild(readModels, history, projector, parallelism);
  }

  /** Rebuilds {@code projection} (a name, or {@code all}) and says what it did. */
  public List<Rebuild.Result> rebuild(String projection) {
    List<String> names = "all".equals(projection)
        ? projector.projections().stream().map(Projection::name).toList() : List.of(projection);
    List<Rebuild.Result> results = new ArrayList<>();
    for (String name : names) {
      results.add(rebuild.run(name));
    }
    return results;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, String> input, Context context) {
    String projection = input == null ? null : input.get("projection");
    if (projection == null || projection.isBlank()) {
      throw new IllegalArgumentException("say which projection to rebuild: {\"projection\": \"quote_list\"} (or \"all\")");
    }
    List<Map<String, Object>> done = new ArrayList<>();
    for (Rebuild.Result result : rebuild(projection)) {
      context.getLogger().log("rebuilt " + describe(result));
      done.add(asMap(result));
    }
    return Map.of("rebuilt", done);
  }

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: RebuildProjection <projection name | all>; settings (MONGODB_URI, EVENTS_TABLE, ...)"
          + " come from the environment");
      System.exit(2);
    }
    for (Rebuild.Result result : new RebuildProjection().rebuild(args[0])) {
      System.out.println("rebuilt " + describe(result));
    }
  }

  private static String describe(Rebuild.Result r) {
    return r.projection() + " into " + r.rebuilt() + " (replacing " + r.replaced() + "): " + r.streams() + " streams, "
        + r.events() + " events in " + r.took().toMillis() + " ms";
  }

  private static Map<String, Object> asMap(Rebuild.Result r) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("projection", r.projection());
    map.put("collection", r.rebuilt());
    map.put("replaced", r.replaced());
    map.put("streams", r.streams());
    map.put("events", r.events());
    map.put("millis", r.took().toMillis());
    return map;
  }
}
