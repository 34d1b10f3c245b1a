package app.jobmate.commands.core;

import app.jobmate.events.StreamId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.commands.core.EventStore.AppendResult;
import app.jobmate.commands.core.EventStore.ConcurrencyConflict;
import app.jobmate.commands.core.EventStore.IdempotencyMismatch;
import app.jobmate.events.Actor;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventStore} must do, run against each implementation. Each test works in a
 * tenant of its own, so implementations may share one store between tests.
 */
public abstract class EventStoreContract {

  private static final JsonNodeFactory JSON = new JsonNodeFactory(true);
  private static final Instant NOW = Instant.parse("2026-11-26T10:15:30.123Z");
  private static final int RACERS = 8;

  private EventStore store;
  private TenantId tenant;

  /** A store for one test. */
  protected abstract EventStore eventStore();

  @BeforeEach
  void newStoreAndTenant() {
    store = eventStore();
    tenant = TenantId.of("t-" + UUID.randomUUID());
  }

  @Test
  void an_unknown_stream_reads_empty() {
    assertThat(store.read(quote(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void every_field_of_a_commit_and_its_envelopes_survives_the_round_trip_exactly() {
    StreamId stream = quote(UUID.randomUUID());
    Actor actor = new Actor(UserId.of("user-0193a5b2"), List.of(Role.OWNER, Role.ADMIN));
    ObjectNode line = JSON.objectNode()
        .put("description", "Boiler service — parts & labour, 20% \"VAT\"")
        .put("quantity", new BigDecimal("12.50"))
        .put("vatRate", new BigDecimal("0.333"))
        .put("thousand", new BigDecimal("1000.0"))
        .put("unitPricePence", 4_999_999_999L)
        .put("discounted", false)
        .putNull("note");
    line.putArray("tags").add("gas").add(JSON.numberNode(new BigDecimal("0.10")));
    ObjectNode drafted = JSON.objectNode().put("quoteId", stream.streamId());
    drafted.set("line", line);
    Commit commit = new Commit(stream, 1, "cmd-1", "sha256:0f1e2d", "corr-1", "cause-1", actor, NOW, List.of(
        envelope(stream, 1, "cmd-1", actor, Instant.parse("2026-11-26T10:15:30.120Z"), drafted),
        envelope(stream, 2, "cmd-1", actor, Instant.parse("2026-11-26T10:15:30.123456Z"),
            JSON.objectNode().put("amount", new BigDecimal("0.333")))));

    AppendResult result = store.append(commit);
    List<Commit> read = store.read(stream);

    assertThat(result.alreadyAppended()).isFalse();
    assertSameCommits(read, commit);
    Commit back = read.getFirst();
    assertThat(back.stream()).isEqualTo(stream);
    assertThat(back.number()).isEqualTo(1);
    assertThat(back.commandId()).isEqualTo("cmd-1");
    assertThat(back.payloadHash()).isEqualTo("sha256:0f1e2d");
    assertThat(back.correlationId()).isEqualTo("corr-1");
    assertThat(back.causationId()).isEqualTo("cause-1");
    assertThat(back.actor()).isEqualTo(actor);
    assertThat(back.actor().roles()).containsExactly(Role.OWNER, Role.ADMIN);
    assertThat(back.committedAt()).isEqualTo(NOW);
    assertThat(back.events()).extracting(EventEnvelope::occurredAt)
        .containsExactly(Instant.parse("2026-11-26T10:15:30.120Z"), Instant.parse("2026-11-26T10:15:30.123456Z"));
    // JsonNode equality compares decimals by value; the text proves 12.50 did not become 12.5
    assertThat(json(back.events())).isEqualTo(json(commit.events()))
        .contains("\"quantity\":12.50", "\"vatRate\":0.333", "\"thousand\":1000.0", "0.10");
  }

  @Test
  void a_commit_without_correlation_causation_or_actor_reads_back_without_them() {
    StreamId stream = quote(UUID.randomUUID());
    EventEnvelope bare = new EventEnvelope(UUID.randomUUID().toString(), "QuoteExpired", 1, tenant, "quote",
        stream.streamId(), 1, NOW, null, null, null, null, JSON.objectNode());
    Commit commit = new Commit(stream, 1, "cmd-bare", "hash", null, null, null, NOW, List.of(bare));

    store.append(commit);

    List<Commit> read = store.read(stream);
    assertSameCommits(read, commit);
    assertThat(read.getFirst().actor()).isNull();
    assertThat(read.getFirst().correlationId()).isNull();
    assertThat(read.getFirst().causationId()).isNull();
  }

  @Test
  void a_stream_reads_back_in_commit_and_version_order() {
    StreamId stream = quote(UUID.randomUUID());
    List<Commit> appended = new ArrayList<>();
    long version = 0;
    for (int number = 1; number <= 40; number++) {
      int events = 1 + number % 3;
      Commit commit = commit(stream, number, "cmd-" + number, version + 1, events);
      store.append(commit);
      appended.add(commit);
      version += events;
    }

    List<Commit> read = store.read(stream);

    assertSameCommits(read, appended);
    assertThat(read.stream().flatMap(c -> c.events().stream()).mapToLong(EventEnvelope::version))
        .containsExactlyElementsOf(LongStream.rangeClosed(1, version).boxed().toList());
  }

  @Test
  void a_stream_larger_than_one_megabyte_reads_back_whole_and_in_order() {
    StreamId stream = quote(UUID.randomUUID());
    String hundredKilobytes = "x".repeat(100 * 1024);
    List<Commit> appended = new ArrayList<>();
    for (int number = 1; number <= 14; number++) {
      Commit commit = new Commit(stream, number, "cmd-" + number, "hash-" + number, null, null, null, NOW,
          List.of(envelope(stream, number, "cmd-" + number, null, NOW,
              JSON.objectNode().put("number", number).put("notes", hundredKilobytes))));
      store.append(commit);
      appended.add(commit);
    }

    assertSameCommits(store.read(stream), appended);
  }

  @Test
  void the_same_stream_id_in_two_tenants_is_two_streams() {
    UUID quoteId = UUID.randomUUID();
    StreamId ours = quote(quoteId);
    StreamId theirs = new StreamId(TenantId.of("other-" + UUID.randomUUID()), "quote", quoteId.toString());
    Commit ourCommit = commit(ours, 1, "cmd-ours", 1, 2);
    Commit theirCommit = commit(theirs, 1, "cmd-theirs", 1, 1);

    AppendResult ourResult = store.append(ourCommit);
    AppendResult theirResult = store.append(theirCommit);

    assertThat(ourResult.alreadyAppended()).isFalse();
    assertThat(theirResult.alreadyAppended()).isFalse();
    assertSameCommits(store.read(ours), ourCommit);
    assertSameCommits(store.read(theirs), theirCommit);
  }

  @Test
  void the_same_commit_sent_again_after_its_answer_was_lost_is_its_own_success_and_appends_nothing() {
    StreamId stream = quote(UUID.randomUUID());
    Commit first = commit(stream, 1, "cmd-1", 1, 2);
    store.append(first);

    AppendResult sentAgain = store.append(first);

    assertThat(sentAgain.alreadyAppended()).isFalse();
    assertSameCommits(List.of(sentAgain.commit()), first);
    assertSameCommits(store.read(stream), first);
  }

  @Test
  void a_retried_append_of_the_command_built_anew_returns_the_first_result_and_appends_nothing() {
    StreamId stream = quote(UUID.randomUUID());
    Commit first = commit(stream, 1, "cmd-1", 1, 2);
    store.append(first);

    AppendResult retried = store.append(commit(stream, 1, "cmd-1", 1, 2));

    assertThat(retried.alreadyAppended()).isTrue();
    assertSameCommits(List.of(retried.commit()), first);
    assertSameCommits(store.read(stream), first);
  }

  @Test
  void a_retried_command_gets_its_stored_commit_back_even_when_it_built_the_commit_anew() {
    StreamId stream = quote(UUID.randomUUID());
    Commit first = commit(stream, 1, "cmd-1", 1, 1);
    store.append(first);
    Commit rebuilt = new Commit(stream, 1, "cmd-1", first.payloadHash(), "corr-retry", null, null,
        NOW.plusSeconds(2), List.of(envelope(stream, 1, "cmd-1", null, NOW.plusSeconds(2), JSON.objectNode())));

    AppendResult retried = store.append(rebuilt);

    assertThat(retried.alreadyAppended()).isTrue();
    assertSameCommits(List.of(retried.commit()), first);
    assertSameCommits(store.read(stream), first);
  }

  @Test
  void a_command_retried_after_the_stream_moved_on_finds_its_own_commit() {
    StreamId stream = quote(UUID.randomUUID());
    Commit mine = commit(stream, 1, "cmd-mine", 1, 1);
    Commit next = commit(stream, 2, "cmd-next", 2, 1);
    store.append(mine);
    store.append(next);

    AppendResult retried = store.append(commit(stream, 1, "cmd-mine", 1, 1));

    assertThat(retried.alreadyAppended()).isTrue();
    assertSameCommits(List.of(retried.commit()), mine);
    assertSameCommits(store.read(stream), mine, next);
  }

  @Test
  void the_same_command_id_with_another_payload_hash_is_rejected_and_nothing_is_appended() {
    StreamId stream = quote(UUID.randomUUID());
    Commit first = commit(stream, 1, "cmd-1", 1, 1);
    store.append(first);
    Commit otherPayload = new Commit(stream, 1, "cmd-1", "another-hash", null, null, null, NOW, first.events());

    assertThatThrownBy(() -> store.append(otherPayload))
        .isInstanceOf(IdempotencyMismatch.class)
        .hasMessageContaining("cmd-1");
    assertSameCommits(store.read(stream), first);
  }

  @Test
  void an_append_at_a_taken_commit_number_by_another_command_is_a_conflict_and_changes_nothing() {
    StreamId stream = quote(UUID.randomUUID());
    Commit first = commit(stream, 1, "cmd-1", 1, 1);
    Commit second = commit(stream, 2, "cmd-2", 2, 1);
    store.append(first);
    store.append(second);
    Commit stale = commit(stream, 2, "cmd-stale", 2, 3);

    assertThatThrownBy(() -> store.append(stale))
        .isInstanceOf(ConcurrencyConflict.class)
        .hasMessageContaining("commit 2 of " + stream.key());
    assertSameCommits(store.read(stream), first, second);
  }

  @Test
  void of_concurrent_appends_at_the_same_commit_number_exactly_one_wins_and_the_others_conflict() throws Exception {
    StreamId stream = quote(UUID.randomUUID());
    List<Commit> winners = new ArrayList<>();
    for (int number = 1; number <= 3; number++) {
      long firstVersion = winners.isEmpty() ? 1 : winners.getLast().lastVersion() + 1;
      List<Commit> rivals = new ArrayList<>();
      for (int racer = 0; racer < RACERS; racer++) {
        rivals.add(commit(stream, number, "cmd-" + number + "-" + racer, firstVersion, 1 + racer % 2));
      }

      List<Object> outcomes = race(rivals);

      List<AppendResult> won = outcomes.stream().filter(AppendResult.class::isInstance).map(AppendResult.class::cast).toList();
      assertThat(won).hasSize(1);
      assertThat(won.getFirst().alreadyAppended()).isFalse();
      assertThat(outcomes).filteredOn(ConcurrencyConflict.class::isInstance).hasSize(RACERS - 1);
      winners.add(won.getFirst().commit());
      assertSameCommits(store.read(stream), winners);
    }
  }

  @Test
  void of_concurrent_retries_of_one_command_one_appends_and_the_others_get_its_commit() throws Exception {
    StreamId stream = quote(UUID.randomUUID());
    Commit commit = commit(stream, 1, "cmd-1", 1, 2);
    List<Commit> attempts = new ArrayList<>(List.of(commit));
    while (attempts.size() < RACERS) {
      attempts.add(commit(stream, 1, "cmd-1", 1, 2)); // each retry builds its commit anew: new event ids
    }

    List<Object> outcomes = race(attempts);

    assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(AppendResult.class));
    List<AppendResult> results = outcomes.stream().map(AppendResult.class::cast).toList();
    assertThat(results).filteredOn(r -> !r.alreadyAppended()).hasSize(1);
    List<Commit> stored = store.read(stream);
    assertThat(stored).hasSize(1);
    assertSameCommits(results.stream().map(AppendResult::commit).toList(), Collections.nCopies(RACERS, stored.getFirst()));
  }

  /** Appends each commit on a thread of its own, all released at once; each outcome is a result or an exception. */
  private List<Object> race(List<Commit> commits) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(commits.size());
    try {
      CyclicBarrier start = new CyclicBarrier(commits.size());
      List<Future<Object>> futures = new ArrayList<>();
      for (Commit commit : commits) {
        futures.add(threads.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          try {
            return store.append(commit);
          } catch (ConcurrencyConflict | IdempotencyMismatch e) {
            return e;
          }
        }));
      }
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> future : futures) {
        outcomes.add(future.get(60, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      threads.shutdownNow();
    }
  }

  private StreamId quote(UUID id) {
    return new StreamId(tenant, "quote", id.toString());
  }

  private static Commit commit(StreamId stream, long number, String commandId, long firstVersion, int events) {
    Actor actor = new Actor(UserId.of("user-1"), List.of(Role.STAFF));
    List<EventEnvelope> envelopes = new ArrayList<>();
    for (int i = 0; i < events; i++) {
      envelopes.add(envelope(stream, firstVersion + i, commandId, actor, NOW,
          JSON.objectNode().put("commit", number).put("index", i)));
    }
    return new Commit(stream, number, commandId, "hash-" + commandId, "corr-" + commandId, null, actor, NOW, envelopes);
  }

  private static EventEnvelope envelope(StreamId stream, long version, String commandId, Actor actor, Instant at,
                                        ObjectNode data) {
    return new EventEnvelope(UUID.randomUUID().toString(), "QuoteLineAdded", 1, stream.tenantId(), stream.streamType(),
        stream.streamId(), version, at, commandId, "corr-" + commandId, null, actor, data);
  }

  /**
   * Commits compare as the JSON they are stored as: every field and every envelope, to the text of
   * each decimal, while the Java node type of a JSON number (int or long) is not part of it.
   */
  private static void assertSameCommits(List<Commit> actual, Commit... expected) {
    assertSameCommits(actual, List.of(expected));
  }

  private static void assertSameCommits(List<Commit> actual, List<Commit> expected) {
    assertThat(actual).extracting(EventStoreContract::json)
        .containsExactlyElementsOf(expected.stream().map(EventStoreContract::json).toList());
  }

  private static String json(Object value) {
    try {
      return EventJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
