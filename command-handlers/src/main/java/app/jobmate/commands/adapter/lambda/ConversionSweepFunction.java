package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.adapter.dynamodb.DynamoDbEventStore;
import app.jobmate.commands.adapter.dynamodb.DynamoDbPendingConversions;
import app.jobmate.commands.conversion.ConversionSweep;
import app.jobmate.commands.conversion.PendingConversions;
import app.jobmate.commands.core.EventStore;
import app.jobmate.lambda.FunctionSettings;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The sweep of quote conversions cut short, invoked by EventBridge Scheduler every five minutes
 * (docs/decisions/converting-a-quote.md). Settings: {@code EVENTS_TABLE}, {@code PENDING_CONVERSIONS_TABLE}.
 * A conversion that fails is logged and stays for the next run.
 */
public final class ConversionSweepFunction {

  private final ConversionSweep sweep;

  public ConversionSweepFunction() {
    this(FunctionSettings.current(), DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build());
  }

  private ConversionSweepFunction(FunctionSettings settings, DynamoDbClient dynamoDb) {
    this(new DynamoDbEventStore(dynamoDb, settings.require("EVENTS_TABLE")),
        new DynamoDbPendingConversions(dynamoDb, settings.require("PENDING_CONVERSIONS_TABLE")), Clock.systemUTC());
  }

  public ConversionSweepFunction(EventStore events, PendingConversions pending, Clock clock) {
    this.sweep = new ConversionSweep(events, pending, clock);
  }

  public Map<String, Object> sweep(ScheduledEvent event, Context context) {
    ConversionSweep.Report report = sweep.sweep();
    LambdaLogger log = context.getLogger();
    report.failed().forEach(failure -> log.log("ERROR quote conversion " + failure));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("completed", report.completed().size());
    summary.put("abandoned", report.abandoned().size());
    summary.put("waiting", report.waiting());
    summary.put("failed", report.failed().size());
    log.log("INFO quote conversion sweep: " + summary + (report.completed().isEmpty() ? ""
        : " completed " + report.completed()));
    return summary;
  }
}
