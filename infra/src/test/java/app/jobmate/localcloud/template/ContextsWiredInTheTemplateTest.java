package app.jobmate.localcloud.template;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventType;
import app.jobmate.events.EventTypes;
import app.jobmate.notifications.adapter.lambda.Contexts;
import app.jobmate.notifications.adapter.memory.InMemoryDayVisits;
import app.jobmate.notifications.adapter.memory.InMemoryDueTasks;
import app.jobmate.notifications.push.NotifyingContext;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadSide;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.event.ruler.JsonRuleCompiler;
import software.amazon.event.ruler.Machine;

/**
 * A context half wired into the template fails here: every read side has its projector function,
 * fed by a queue of its own that gives up to a dead-letter queue with an alarm, filled by a rule on
 * the bus whose pattern (matched by AWS's event-ruler, as EventBridge matches it) lets through every
 * event type its projections take; and the push rule lets through every event type a notifying
 * context says may tell someone. Names are read from the contexts' own declarations, never listed
 * here.
 */
class ContextsWiredInTheTemplateTest {

  private static final Path TEMPLATE = Path.of("template.yaml");
  private final JsonNode resources = CloudFormationYaml.read(TEMPLATE).get("Resources");

  @Test
  void every_read_side_has_a_projector_function_fed_by_its_own_queue_with_a_dlq_an_alarm_and_a_rule() {
    List<String> problems = new ArrayList<>();
    for (ReadSide readSide : ReadSides.ALL) {
      Optional<String> function = projectorFunctionOf(readSide.name());
      if (function.isEmpty()) {
        problems.add(readSide.name() + ": no function with READ_SIDE " + readSide.name());
        continue;
      }
      Optional<String> queue = sqsSourceOf(function.get());
      if (queue.isEmpty()) {
        problems.add(readSide.name() + ": " + function.get() + " has no SQS event source");
        continue;
      }
      String deadLetters = refOf(resources.path(queue.get()).at("/Properties/RedrivePolicy/deadLetterTargetArn"));
      if (deadLetters == null || !resources.has(deadLetters)) {
        problems.add(readSide.name() + ": queue " + queue.get() + " gives up to no dead-letter queue");
      } else if (alarmOn(deadLetters).isEmpty()) {
        problems.add(readSide.name() + ": dead-letter queue " + deadLetters + " has no alarm");
      }
      List<String> rules = rulesTargeting(queue.get());
      if (rules.isEmpty()) {
        problems.add(readSide.name() + ": no rule on the bus fills " + queue.get());
        continue;
      }
      for (String type : projectedTypes(readSide)) {
        if (rules.stream().noneMatch(rule -> matches(rule, type))) {
          problems.add(readSide.name() + ": no rule delivers " + type + " to " + queue.get());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void the_push_rule_lets_through_every_event_that_may_tell_someone() {
    List<String> pushRules = sqsSourceOf("PushFunction").map(this::rulesTargeting).orElse(List.of());
    assertThat(pushRules).as("rules filling the push function's queue").isNotEmpty();

    List<String> missed = new ArrayList<>();
    for (NotifyingContext context : Contexts.notifying(new InMemoryDueTasks(), new InMemoryDayVisits())) {
      for (Class<?> notified : context.notified()) {
        String type = EventTypes.all().stream().filter(t -> t.recordType() == notified).findFirst()
            .map(EventType::name).orElseThrow();
        if (pushRules.stream().noneMatch(rule -> matches(rule, type))) {
          missed.add(type);
        }
      }
    }
    assertThat(missed).as("notified event types the push rule does not deliver").isEmpty();
  }

  private Optional<String> projectorFunctionOf(String readSide) {
    return functions().stream()
        .filter(id -> readSide.equals(resources.path(id).at("/Properties/Environment/Variables/READ_SIDE").asText(null)))
        .findFirst();
  }

  private List<String> functions() {
    List<String> ids = new ArrayList<>();
    resources.properties().forEach(e -> {
      if (e.getValue().path("Type").asText().equals("AWS::Serverless::Function")) {
        ids.add(e.getKey());
      }
    });
    return ids;
  }

  private Optional<String> sqsSourceOf(String function) {
    for (Map.Entry<String, JsonNode> event : resources.path(function).at("/Properties/Events").properties()) {
      if (event.getValue().path("Type").asText().equals("SQS")) {
        return Optional.ofNullable(refOf(event.getValue().at("/Properties/Queue")));
      }
    }
    return Optional.empty();
  }

  private Optional<String> alarmOn(String queue) {
    for (Map.Entry<String, JsonNode> resource : resources.properties()) {
      if (resource.getValue().path("Type").asText().equals("AWS::CloudWatch::Alarm")) {
        for (JsonNode dimension : resource.getValue().at("/Properties/Dimensions")) {
          if (queue.equals(refOf(dimension.path("Value")))) {
            return Optional.of(resource.getKey());
          }
        }
      }
    }
    return Optional.empty();
  }

  private List<String> rulesTargeting(String queue) {
    List<String> rules = new ArrayList<>();
    resources.properties().forEach(resource -> {
      if (resource.getValue().path("Type").asText().equals("AWS::Events::Rule")) {
        for (JsonNode target : resource.getValue().at("/Properties/Targets")) {
          if (queue.equals(refOf(target.path("Arn")))) {
            rules.add(resource.getKey());
          }
        }
      }
    });
    return rules;
  }

  /** Whether the rule's pattern matches an event of {@code type} from its context, as EventBridge would. */
  private boolean matches(String rule, String type) {
    EventType<?> eventType = EventTypes.byName(type).orElseThrow();
    try {
      Machine machine = new Machine();
      // JsonRuleCompiler understands $or, as EventBridge does
      for (var compiled : JsonRuleCompiler.compile(resources.path(rule).at("/Properties/EventPattern").toString())) {
        machine.addPatternRule(rule, compiled);
      }
      String event = "{\"version\":\"0\",\"id\":\"e\",\"detail-type\":\"" + type + "\",\"source\":\"" + eventType.source()
          + "\",\"account\":\"000000000000\",\"time\":\"2026-12-06T10:00:00Z\",\"region\":\"eu-west-2\",\"resources\":[],"
          + "\"detail\":{\"eventType\":\"" + type + "\",\"streamType\":\"" + eventType.streamType() + "\"}}";
      return !machine.rulesForJSONEvent(event).isEmpty();
    } catch (Exception e) {
      throw new IllegalStateException("the pattern of " + rule + " cannot be compiled: " + e.getMessage(), e);
    }
  }

  private static List<String> projectedTypes(ReadSide readSide) {
    List<String> types = new ArrayList<>();
    for (Projection<?, ?> projection : readSide.projections()) {
      for (String type : projection.eventTypes()) {
        if (!types.contains(type)) {
          types.add(type);
        }
      }
    }
    return types;
  }

  /** The logical id a {@code Ref} or {@code GetAtt} names, in either form. */
  private static String refOf(JsonNode value) {
    if (value.has("Ref")) {
      return value.get("Ref").asText();
    }
    if (value.has("Fn::GetAtt")) {
      JsonNode getAtt = value.get("Fn::GetAtt");
      return getAtt.isArray() ? getAtt.get(0).asText() : getAtt.asText().split("\\.")[0];
    }
    return null;
  }
}
