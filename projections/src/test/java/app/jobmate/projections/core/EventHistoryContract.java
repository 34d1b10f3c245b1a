package app.jobmate.projections.core;

import app.jobmate.events.StreamId;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.testing.QuoteStream;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/** What every {@link EventHistory} must do; one subclass per implementation. */
public abstract class EventHistoryContract {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** A history to read. */
  protected abstract EventHistory history();

  /** Stores one commit as the command side would. */
  protected abstract void store(List<EventEnvelope> commit);

  /** Envelopes as JSON: a store may read 4 back as an integer where it was written from a decimal. */
  private static String json(List<EventEnvelope> envelopes) {
    try {
      return EventJson.mapper().writeValueAsString(envelopes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String tenant() {
    return "t-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private QuoteStream quote(String tenant) {
    QuoteStream quote = QuoteStream.of(tenant, UUID.randomUUID().toString(), T0);
    store(List.of(quote.drafted("Rewire"), quote.lineAdded(quote.line("Circuit", "4", 32_500,
        VatCode.STANDARD, false))));
    store(List.of(quote.issued(1)));
    store(List.of(quote.viewed()));
    return quote;
  }

  @Test
  void a_stream_reads_from_a_version_across_commits_in_version_order() {
    QuoteStream quote = quote(tenant());

    List<EventEnvelope> all = history().read(StreamId.of(quote.envelopes().getFirst()), 1);
    List<EventEnvelope> fromTwo = history().read(StreamId.of(quote.envelopes().getFirst()), 2);
    List<EventEnvelope> fromFour = history().read(StreamId.of(quote.envelopes().getFirst()), 4);

    assertThat(json(all)).isEqualTo(json(quote.envelopes()));
    assertThat(fromTwo).extracting(EventEnvelope::version).containsExactly(2L, 3L, 4L);
    assertThat(fromFour).extracting(EventEnvelope::eventType).containsExactly("QuoteViewed");
    assertThat(history().read(StreamId.of(quote.envelopes().getFirst()), 5)).isEmpty();
  }

  @Test
  void an_unknown_stream_reads_empty_and_another_tenants_stream_of_the_same_id_is_not_mixed_in() {
    QuoteStream mine = quote(tenant());
    QuoteStream theirs = new QuoteStream(tenant(), mine.quoteId(), CustomerId.of(
        "0193a5a0-1111-7abc-8def-0123456789ab"), T0);
    store(List.of(theirs.drafted("Theirs")));

    assertThat(history().read(new StreamId(TenantId.of("t-nobody"), "quote", mine.quoteId().toString()), 1)).isEmpty();
    assertThat(json(history().read(StreamId.of(theirs.envelopes().getFirst()), 1))).isEqualTo(json(theirs.envelopes()));
    assertThat(history().read(StreamId.of(mine.envelopes().getFirst()), 1)).hasSize(4);
  }

  @Test
  void envelopes_come_back_as_stored_an_old_schema_version_included() {
    QuoteStream quote = quote(tenant());
    EventEnvelope declined = quote.declined(DeclineReason.PRICE, null);
    ObjectNode v1 = EventJson.mapper().createObjectNode().put("quoteId", quote.quoteId().toString())
        .put("declinedAt", quote.now().toString()).put("reason", "too dear");
    EventEnvelope storedAtV1 = new EventEnvelope(declined.eventId(), "QuoteDeclined", 1, declined.tenantId(), "quote",
        declined.streamId(), declined.version(), declined.occurredAt(), declined.commandId(), declined.correlationId(),
        null, declined.actor(), v1);
    store(List.of(storedAtV1));

    assertThat(json(history().read(StreamId.of(storedAtV1), 5))).isEqualTo(json(List.of(storedAtV1)));
  }

  @Test
  void every_stream_of_a_type_is_listed_once_and_no_other_type() {
    String tenant = tenant();
    List<QuoteStream> quotes = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      quotes.add(quote(i % 2 == 0 ? tenant : tenant()));
    }
    EventEnvelope other = new EventEnvelope(UUID.randomUUID().toString(), "TaskCreated", 1, TenantId.of(tenant), "task",
        UUID.randomUUID().toString(), 1, T0, "cmd", null, null, QuoteStream.OWNER,
        EventJson.mapper().createObjectNode().put("title", "not a quote"));
    store(List.of(other));
    ConcurrentLinkedQueue<StreamId> listed = new ConcurrentLinkedQueue<>();

    history().forEachStream("quote", listed::add);

    List<StreamId> expected = quotes.stream().map(q -> StreamId.of(q.envelopes().getFirst())).toList();
    assertThat(listed).containsAll(expected).doesNotHaveDuplicates().allMatch(s -> s.streamType().equals("quote"));
  }
}
