package app.jobmate.commands.adapter.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import app.jobmate.commands.core.Commit;
import app.jobmate.commands.core.StreamId;
import app.jobmate.events.Actor;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

/**
 * One commit as one item of the {@code events} table (DESIGN §3; the layout is in the module
 * README, which the outbox relay and the read side rely on). {@code events} holds the commit's
 * envelopes as a JSON array, each element exactly the EventBridge {@code detail} of DESIGN §4.
 */
record CommitItem(String stream, Long commit, String tenantId, String streamType, String streamId, String commandId,
                  String payloadHash, String correlationId, String causationId, String actor, String committedAt,
                  Long firstVersion, Long lastVersion, String events) {

  static final TableSchema<CommitItem> SCHEMA = StaticImmutableTableSchema.builder(CommitItem.class, Builder.class)
      .newItemBuilder(Builder::new, Builder::build)
      .addAttribute(String.class, a -> a.name("stream").getter(CommitItem::stream).setter((b, v) -> b.stream = v)
          .tags(primaryPartitionKey()))
      .addAttribute(Long.class, a -> a.name("commit").getter(CommitItem::commit).setter((b, v) -> b.commit = v)
          .tags(primarySortKey()))
      .addAttribute(String.class, a -> a.name("tenantId").getter(CommitItem::tenantId).setter((b, v) -> b.tenantId = v))
      .addAttribute(String.class, a -> a.name("streamType").getter(CommitItem::streamType).setter((b, v) -> b.streamType = v))
      .addAttribute(String.class, a -> a.name("streamId").getter(CommitItem::streamId).setter((b, v) -> b.streamId = v))
      .addAttribute(String.class, a -> a.name("commandId").getter(CommitItem::commandId).setter((b, v) -> b.commandId = v))
      .addAttribute(String.class, a -> a.name("payloadHash").getter(CommitItem::payloadHash).setter((b, v) -> b.payloadHash = v))
      .addAttribute(String.class, a -> a.name("correlationId").getter(CommitItem::correlationId)
          .setter((b, v) -> b.correlationId = v))
      .addAttribute(String.class, a -> a.name("causationId").getter(CommitItem::causationId).setter((b, v) -> b.causationId = v))
      .addAttribute(String.class, a -> a.name("actor").getter(CommitItem::actor).setter((b, v) -> b.actor = v))
      .addAttribute(String.class, a -> a.name("committedAt").getter(CommitItem::committedAt).setter((b, v) -> b.committedAt = v))
      .addAttribute(Long.class, a -> a.name("firstVersion").getter(CommitItem::firstVersion).setter((b, v) -> b.firstVersion = v))
      .addAttribute(Long.class, a -> a.name("lastVersion").getter(CommitItem::lastVersion).setter((b, v) -> b.lastVersion = v))
      .addAttribute(String.class, a -> a.name("events").getter(CommitItem::events).setter((b, v) -> b.events = v))
      .build();

  private static final ObjectReader ENVELOPES = EventJson.mapper()
      .readerFor(EventJson.mapper().getTypeFactory().constructCollectionType(List.class, EventEnvelope.class));
  private static final ObjectReader ACTOR = EventJson.mapper().readerFor(Actor.class);

  static CommitItem of(Commit commit) {
    StreamId stream = commit.stream();
    return new CommitItem(stream.key(), commit.number(), stream.tenantId().value(), stream.streamType(), stream.id(),
        commit.commandId(), commit.payloadHash(), commit.correlationId(), commit.causationId(),
        commit.actor() == null ? null : write(commit.actor()), commit.committedAt().toString(),
        commit.firstVersion(), commit.lastVersion(), write(commit.events()));
  }

  Commit toCommit() {
    return new Commit(StreamId.fromKey(stream), commit, commandId, payloadHash, correlationId, causationId,
        actor == null ? null : readActor(), Instant.parse(committedAt), readEvents());
  }

  private List<EventEnvelope> readEvents() {
    try {
      return ENVELOPES.readValue(events);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("commit " + commit + " of " + stream + " holds unreadable events", e);
    }
  }

  private Actor readActor() {
    try {
      return ACTOR.readValue(actor);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("commit " + commit + " of " + stream + " holds an unreadable actor", e);
    }
  }

  private static String write(Object value) {
    try {
      return EventJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** The enhanced client's mutable accumulator for reading an item. */
  static final class Builder {
    private String stream;
    private Long commit;
    private String tenantId;
    private String streamType;
    private String streamId;
    private String commandId;
    private String payloadHash;
    private String correlationId;
    private String causationId;
    private String actor;
    private String committedAt;
    private Long firstVersion;
    private Long lastVersion;
    private String events;

    CommitItem build() {
      return new CommitItem(stream, commit, tenantId, streamType, streamId, commandId, payloadHash, correlationId,
          causationId, actor, committedAt, firstVersion, lastVersion, events);
    }
  }
}
