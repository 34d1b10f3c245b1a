package app.jobmate.localcloud;

import app.jobmate.localcloud.dynamodb.LocalDynamoDb;
import app.jobmate.localcloud.dynamodb.StreamJournal;
import app.jobmate.localcloud.dynamodb.StreamMapping;
import app.jobmate.localcloud.function.Functions;
import app.jobmate.localcloud.function.LambdaFunction;
import app.jobmate.localcloud.sqs.LocalSqs;
import app.jobmate.localcloud.sqs.QueueMapping;
import app.jobmate.localcloud.template.Intrinsics;
import app.jobmate.localcloud.template.Template;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The template's event source mappings: each enabled {@code SQS} and {@code DynamoDB} event of
 * each function, as a poller of its queue or a reader of its table's stream. Each mapping class
 * reads its own settings; this only finds them and wires them to the services they read.
 */
final class EventSourceMappings implements AutoCloseable {

  private final List<QueueMapping> queues = new ArrayList<>();
  private final List<StreamMapping> streams = new ArrayList<>();

  EventSourceMappings(Intrinsics intrinsics, Functions functions, LocalSqs sqs, LocalDynamoDb dynamoDb, Path data,
      Consumer<String> log) {
    for (LambdaFunction function : functions.all()) {
      Template.Resource resource = intrinsics.template().resource(function.spec().logicalId()).orElseThrow();
      intrinsics.properties(resource).path("Events").properties().forEach(event -> {
        JsonNode properties = event.getValue().path("Properties");
        if (!properties.path("Enabled").asBoolean(true)) {
          return;
        }
        String id = function.spec().logicalId() + "-" + event.getKey();
        switch (event.getValue().path("Type").asText()) {
          case "SQS" -> queues.add(new QueueMapping(id, function, QueueMapping.Settings.fromTemplate(properties, sqs),
              sqs.client(), log));
          case "DynamoDB" -> streams.add(stream(id, function, properties, dynamoDb, sqs, data, log));
          default -> {
          }
        }
      });
    }
  }

  private static StreamMapping stream(String id, LambdaFunction function, JsonNode properties, LocalDynamoDb dynamoDb,
      LocalSqs sqs, Path data, Consumer<String> log) {
    String table = StreamMapping.Settings.tableOf(properties);
    StreamJournal journal = dynamoDb.journal(table).orElseThrow(() -> new IllegalArgumentException(
        "mapping " + id + " reads the stream of " + table + ", which has no StreamSpecification in the template"));
    StreamMapping.Settings settings = StreamMapping.Settings.fromTemplate(properties, destination -> {
      String url = sqs.urlOfArn(destination);
      return document -> sqs.client().sendMessage(r -> r.queueUrl(url).messageBody(Json.text(document)));
    });
    return new StreamMapping(id, function, journal, settings,
        data.resolve("streams").resolve("checkpoints").resolve(id + ".json"), log);
  }

  List<QueueMapping> queues() {
    return queues;
  }

  List<StreamMapping> streams() {
    return streams;
  }

  void start() {
    queues.forEach(QueueMapping::start);
    streams.forEach(StreamMapping::start);
  }

  /** Stops every mapping; each finishes the batch in hand. Called before anything they use is closed. */
  @Override
  public void close() {
    streams.forEach(StreamMapping::close);
    queues.forEach(QueueMapping::close);
  }
}
