package app.jobmate.projections.core;

import static app.jobmate.projections.testing.Fold.fold;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.StreamId;
import app.jobmate.events.quotes.QuoteEvent.QuoteWithdrawn;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.quotes.QuoteReadSide;
import app.jobmate.projections.quotes.QuoteStatus;
import app.jobmate.projections.quotes.detail.QuoteDetail;
import app.jobmate.projections.quotes.detail.QuoteDetailProjection;
import app.jobmate.projections.quotes.list.QuoteListItem;
import app.jobmate.projections.quotes.list.QuoteListProjection;
import app.jobmate.projections.testing.QuoteStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The projector's guard, on in-memory ports: whatever the bus delivers (again, late, out of order,
 * forged), the documents end as the folds of what the store holds.
 */
class ProjectorTest {

  private static final Instant T0 = Instant.parse("2026-05-11T08:00:00Z");
  private final InMemoryReadModels readModels = new InMemoryReadModels();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final Projector projector = projector(readModels);
  private final QuoteStream quote = QuoteStream.of("t-acme", "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60", T0);

  private Projector projector(ReadModels store) {
    return new Projector(store, history, EventCodec.standard(), new QuoteReadSide().projections());
  }

  /** {@code withdrawn} as someone other than the relay might put it on the bus: well formed, at {@code version}. */
  private static EventEnvelope forgedWithdrawal(String tenant, String quoteId, long version) {
    QuoteStream forger = QuoteStream.of(tenant, quoteId, T0);
    EventEnvelope template = forger.append(new QuoteWithdrawn(forger.quoteId(), T0, "forged"));
    return new EventEnvelope(UUID.randomUUID().toString(), template.eventType(), template.schemaVersion(),
        TenantId.of(tenant), "quote", quoteId, version, T0, "cmd-forged", null, null, QuoteStream.OWNER, template.data());
  }

  /** A quote of eight events, all in the store. */
  private List<EventEnvelope> eightEvents() {
    return eightEventsOfWhichStored(8);
  }

  /** A quote of eight events, the first {@code stored} of them in the store. */
  private List<EventEnvelope> eightEventsOfWhichStored(int stored) {
    quote.drafted("Rewire");
    quote.lineAdded(quote.line("Circuit", "4", 32_500, VatCode.STANDARD, false));
    quote.lineAdded(quote.line("Sealant", "1", 500, VatCode.STANDARD, true));
    quote.issued(1);
    quote.viewed();
    quote.revised();
    quote.lineRemoved(quote.lines().getLast().lineId());
    quote.issued(1);
    storeUpTo(quote.envelopes(), stored);
    return quote.envelopes();
  }

  /** Commits the events of {@code events} (one stream) that the store does not have yet, up to the {@code n}th. */
  private void storeUpTo(List<EventEnvelope> events, int n) {
    int stored = history.read(StreamId.of(events.getFirst()), 1).size();
    events.subList(stored, n).forEach(e -> history.append(List.of(e)));
  }

  private Versioned<QuoteListItem> listed() {
    return readModels.find(QuoteListProjection.NAME, QuoteListItem.class, "t-acme#" + quote.quoteId()).orElseThrow();
  }

  private Versioned<QuoteDetail> detail() {
    return readModels.find(QuoteDetailProjection.NAME, QuoteDetail.class, "t-acme#" + quote.quoteId()).orElseThrow();
  }

  @Test
  void events_delivered_in_order_build_the_documents_the_folds_build() {
    List<EventEnvelope> events = eightEvents();

    for (EventEnvelope event : events) {
      assertThat(projector.project(List.of(event)).allApplied()).isTrue();
    }

    assertThat(listed().version()).isEqualTo(8);
    assertThat(listed().document()).isEqualTo(fold(new QuoteListProjection(), events));
    assertThat(detail().version()).isEqualTo(8);
    assertThat(detail().document()).isEqualTo(fold(new QuoteDetailProjection(), events));
    assertThat(listed().tenantId().value()).isEqualTo("t-acme");
    assertThat(listed().streamId()).isEqualTo(quote.quoteId().toString());
  }

  @Test
  void a_duplicate_is_skipped_as_a_success_and_changes_nothing() {
    List<EventEnvelope> events = eightEvents();
    projector.project(events);
    Versioned<QuoteDetail> before = detail();

    Projector.Outcome again = projector.project(List.of(events.get(3), events.get(7), events.get(0), events.get(7)));

    assertThat(again.allApplied()).isTrue();
    assertThat(detail()).isEqualTo(before);
  }

  @Test
  void events_reordered_within_a_batch_are_applied_in_version_order() {
    List<EventEnvelope> events = new ArrayList<>(eightEvents());
    Collections.shuffle(events, new Random(7));

    assertThat(projector.project(events).allApplied()).isTrue();

    assertThat(detail().document()).isEqualTo(fold(new QuoteDetailProjection(), quote.envelopes()));
  }

  @Test
  void a_delivery_beyond_the_next_version_brings_the_documents_to_the_end_of_the_store_and_the_late_one_is_a_duplicate() {
    List<EventEnvelope> events = eightEvents();
    projector.project(List.of(events.get(0)));

    Projector.Outcome jumped = projector.project(List.of(events.get(4)));
    Projector.Outcome late = projector.project(List.of(events.get(2)));

    assertThat(jumped.allApplied()).isTrue();
    assertThat(late.allApplied()).isTrue();
    assertThat(jumped.unconfirmed()).isEmpty();
    assertThat(detail().version()).as("everything the store has, more than was delivered").isEqualTo(8);
    assertThat(detail().document()).isEqualTo(fold(new QuoteDetailProjection(), events));
  }

  @Test
  void what_is_applied_is_the_stores_events_not_the_deliveries() {
    List<EventEnvelope> events = eightEvents();
    EventEnvelope tampered = new EventEnvelope(events.get(0).eventId(), events.get(0).eventType(), 1,
        events.get(0).tenantId(), "quote", events.get(0).streamId(), 1, T0, null, null, null, null,
        EventJson.mapper().createObjectNode().put("title", "Not what the store says"));

    Projector.Outcome outcome = projector.project(List.of(tampered));

    assertThat(outcome.allApplied()).isTrue();
    assertThat(detail().document()).isEqualTo(fold(new QuoteDetailProjection(), events));
    assertThat(listed().document()).isEqualTo(fold(new QuoteListProjection(), events));
  }

  @Test
  void a_forged_event_at_the_next_version_changes_no_read_model_and_the_real_next_event_is_then_applied() {
    QuoteStream acme = quote;
    List<EventEnvelope> issued = List.of(acme.drafted("Rewire"), acme.lineAdded(acme.line("Circuit", "4", 32_500,
        VatCode.STANDARD, false)), acme.issued(1));
    issued.forEach(e -> history.append(List.of(e)));
    projector.project(issued);
    Versioned<QuoteDetail> detailBefore = detail();
    Versioned<QuoteListItem> listedBefore = listed();

    Projector.Outcome forged = projector.project(List.of(forgedWithdrawal("t-acme", acme.quoteId().toString(), 4)));

    assertThat(forged.allApplied()).as("handled, not retried").isTrue();
    assertThat(forged.unconfirmed()).containsOnlyKeys(0);
    assertThat(forged.unconfirmed().get(0)).contains("QuoteWithdrawn", "version 4", "ends at version 3");
    assertThat(detail()).isEqualTo(detailBefore);
    assertThat(listed()).isEqualTo(listedBefore);
    assertThat(listed().document().state()).isEqualTo(QuoteStatus.ISSUED);

    EventEnvelope viewed = acme.viewed();
    history.append(List.of(viewed));
    Projector.Outcome real = projector.project(List.of(viewed));

    assertThat(real.allApplied()).isTrue();
    assertThat(real.unconfirmed()).isEmpty();
    assertThat(listed().version()).isEqualTo(4);
    assertThat(listed().document().state()).isEqualTo(QuoteStatus.VIEWED);
    assertThat(detail().document()).isEqualTo(fold(new QuoteDetailProjection(), acme.envelopes()));
  }

  @Test
  void a_forged_event_at_a_version_the_store_holds_is_told_apart_by_its_id_and_the_stores_event_is_applied() {
    List<EventEnvelope> events = eightEventsOfWhichStored(4);
    projector.project(events.subList(0, 4));
    storeUpTo(events, 8);

    Projector.Outcome outcome = projector.project(List.of(forgedWithdrawal("t-acme", quote.quoteId().toString(), 5)));

    assertThat(outcome.allApplied()).isTrue();
    assertThat(outcome.unconfirmed()).containsOnlyKeys(0);
    assertThat(outcome.unconfirmed().get(0)).contains("is not the event store's, which is QuoteViewed");
    assertThat(detail().version()).isEqualTo(8);
    assertThat(detail().document()).isEqualTo(fold(new QuoteDetailProjection(), events));
  }

  @Test
  void a_forged_event_for_a_stream_that_does_not_exist_creates_no_document_and_is_not_retried() {
    List<EventEnvelope> events = eightEvents();
    String nowhere = "0193a5b2-7c41-7d2e-9f3a-00000000dead";

    Projector.Outcome outcome = projector.project(List.of(events.get(0), forgedWithdrawal("t-acme", nowhere, 1),
        events.get(1)));

    assertThat(outcome.allApplied()).isTrue();
    assertThat(outcome.unconfirmed()).containsOnlyKeys(1);
    assertThat(readModels.find(QuoteListProjection.NAME, QuoteListItem.class, "t-acme#" + nowhere)).isEmpty();
    assertThat(readModels.find(QuoteDetailProjection.NAME, QuoteDetail.class, "t-acme#" + nowhere)).isEmpty();
    assertThat(detail().version()).isEqualTo(8);
  }

  @Test
  void a_forged_event_for_another_tenants_stream_id_changes_nothing_in_either_tenant() {
    List<EventEnvelope> events = eightEvents();
    projector.project(events);
    Versioned<QuoteDetail> acmeBefore = detail();

    Projector.Outcome outcome = projector.project(List.of(forgedWithdrawal("t-globex", quote.quoteId().toString(), 9),
        forgedWithdrawal("t-globex", quote.quoteId().toString(), 1)));

    assertThat(outcome.allApplied()).isTrue();
    assertThat(outcome.unconfirmed()).containsOnlyKeys(0, 1);
    assertThat(detail()).isEqualTo(acmeBefore);
    assertThat(readModels.all(QuoteDetailProjection.NAME, QuoteDetail.class)).hasSize(1);
    assertThat(readModels.all(QuoteListProjection.NAME, QuoteListItem.class)).hasSize(1);
  }

  @Test
  void duplicates_reordering_gaps_and_forgeries_in_any_batches_converge_to_what_the_store_holds() {
    List<EventEnvelope> events = eightEvents();
    QuoteStream other = QuoteStream.of("t-acme", "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e0002", T0);
    other.drafted("Boiler");
    other.lineAdded(other.line("Combi boiler", "1", 185_000, VatCode.STANDARD, false));
    other.issued(2);
    other.accepted(Set.of());
    other.envelopes().forEach(e -> history.append(List.of(e)));
    List<EventEnvelope> delivered = new ArrayList<>();
    for (int copy = 0; copy < 2; copy++) {
      delivered.addAll(events);
      delivered.addAll(other.envelopes());
    }
    delivered.add(forgedWithdrawal("t-acme", quote.quoteId().toString(), 9));
    delivered.add(forgedWithdrawal("t-acme", other.quoteId().toString(), 2));
    delivered.add(forgedWithdrawal("t-globex", other.quoteId().toString(), 1));
    for (int seed = 0; seed < 20; seed++) {
      InMemoryReadModels fresh = new InMemoryReadModels();
      Projector instance = projector(fresh);
      List<EventEnvelope> shuffled = new ArrayList<>(delivered);
      Collections.shuffle(shuffled, new Random(seed));
      for (int from = 0; from < shuffled.size(); from += 1 + seed % 4) {
        assertThat(instance.project(shuffled.subList(from, Math.min(shuffled.size(), from + 1 + seed % 4))).allApplied())
            .isTrue();
      }

      assertThat(fresh.all(QuoteDetailProjection.NAME, QuoteDetail.class)).as("seed %d", seed)
          .extracting(Versioned::document)
          .containsExactlyInAnyOrder(fold(new QuoteDetailProjection(), events), fold(new QuoteDetailProjection(),
              other.envelopes()));
      assertThat(fresh.all(QuoteListProjection.NAME, QuoteListItem.class)).extracting(Versioned::version)
          .containsExactlyInAnyOrder(8L, 4L);
    }
  }

  @Test
  void a_stream_the_store_cannot_read_fails_only_that_streams_messages() {
    List<EventEnvelope> events = eightEvents();
    QuoteStream unreadable = QuoteStream.of("t-acme", "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e0003", T0);
    EventEnvelope drafted = unreadable.drafted("Store down for this one");
    history.append(List.of(drafted));
    EventHistory failing = recording(history, read -> {
      if (read.stream().streamId().equals(unreadable.quoteId().toString())) {
        throw new IllegalStateException("ProvisionedThroughputExceededException");
      }
    });
    Projector withFailingStore = new Projector(readModels, failing, EventCodec.standard(), new QuoteReadSide().projections(), 4);

    Projector.Outcome outcome = withFailingStore.project(List.of(events.get(0), drafted, events.get(1)));

    assertThat(outcome.failures()).containsOnlyKeys(1);
    assertThat(outcome.failures().get(1)).hasMessageContaining("ProvisionedThroughputExceeded");
    assertThat(detail().version()).isEqualTo(8);
  }

  @Test
  void a_stream_the_store_gives_with_a_hole_fails_its_messages_and_writes_nothing() {
    List<EventEnvelope> events = eightEvents();
    EventHistory holed = new EventHistory() {
      @Override
      public List<EventEnvelope> read(StreamId stream, long fromVersion) {
        List<EventEnvelope> read = new ArrayList<>(history.read(stream, fromVersion));
        read.remove(2);
        return read;
      }

      @Override
      public void forEachStream(String streamType, Consumer<StreamId> action) {
        history.forEachStream(streamType, action);
      }
    };
    Projector withHoledStore = new Projector(readModels, holed, EventCodec.standard(), new QuoteReadSide().projections());

    Projector.Outcome outcome = withHoledStore.project(List.of(events.get(0)));

    assertThat(outcome.failures()).containsOnlyKeys(0);
    assertThat(outcome.failures().get(0)).isInstanceOf(Projector.StreamOutOfOrder.class);
    assertThat(readModels.all(QuoteDetailProjection.NAME, QuoteDetail.class)).isEmpty();
  }

  @Test
  void an_event_the_list_does_not_take_still_advances_its_version() {
    List<EventEnvelope> events = eightEvents().subList(0, 3);
    InMemoryEventHistory upToThree = new InMemoryEventHistory();
    events.forEach(e -> upToThree.append(List.of(e)));
    Projector projectorOfThree = new Projector(readModels, upToThree, EventCodec.standard(), new QuoteReadSide().projections());
    projectorOfThree.project(events.subList(0, 1));
    QuoteListItem drafted = listed().document();

    projectorOfThree.project(List.of(events.get(1), events.get(2)));

    assertThat(listed().version()).isEqualTo(3);
    assertThat(listed().document()).isEqualTo(drafted);
    assertThat(detail().version()).isEqualTo(3);
  }

  @Test
  void what_a_message_carries_is_never_decoded_an_unknown_type_or_a_mangled_payload_only_rings_for_its_stream() {
    List<EventEnvelope> events = eightEvents();
    EventEnvelope unknown = new EventEnvelope("e-x", "QuoteTeleported", 1, events.get(1).tenantId(), "quote",
        events.get(1).streamId(), 2, T0, null, null, null, null, EventJson.mapper().createObjectNode());
    EventEnvelope mangled = new EventEnvelope("e-y", "QuoteViewed", 1, events.get(1).tenantId(), "quote",
        events.get(1).streamId(), 5, T0, null, null, null, null, EventJson.mapper().createObjectNode().put("viewedAt", 7));

    Projector.Outcome outcome = projector.project(List.of(events.get(0), unknown, mangled, events.get(1)));

    assertThat(outcome.allApplied()).isTrue();
    assertThat(outcome.unconfirmed()).containsOnlyKeys(1, 2);
    assertThat(detail().version()).isEqualTo(8);
    assertThat(detail().document()).isEqualTo(fold(new QuoteDetailProjection(), events));
  }

  @Test
  void an_event_in_the_store_that_cannot_be_decoded_fails_the_messages_of_its_stream_alone() {
    List<EventEnvelope> events = eightEvents();
    QuoteStream broken = QuoteStream.of("t-acme", "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e0004", T0);
    EventEnvelope drafted = broken.drafted("Fine");
    EventEnvelope teleported = new EventEnvelope("e-z", "QuoteTeleported", 1, broken.tenant(), "quote",
        broken.quoteId().toString(), 2, T0, null, null, null, null, EventJson.mapper().createObjectNode());
    history.append(List.of(drafted, teleported));

    Projector.Outcome outcome = projector.project(List.of(events.get(0), teleported, drafted));

    assertThat(outcome.failures()).containsOnlyKeys(1, 2);
    assertThat(detail().version()).isEqualTo(8);
    assertThat(readModels.find(QuoteDetailProjection.NAME, QuoteDetail.class, "t-acme#" + broken.quoteId())).isEmpty();
  }

  @Test
  void a_duplicate_reads_nothing_and_each_stream_with_news_is_read_once_from_the_lowest_version_any_document_needs() {
    List<EventEnvelope> events = eightEventsOfWhichStored(3);
    QuoteStream other = QuoteStream.of("t-acme", "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e0005", T0);
    other.drafted("Boiler");
    other.envelopes().forEach(e -> history.append(List.of(e)));
    List<Read> reads = new CopyOnWriteArrayList<>();
    Projector counting = new Projector(readModels, recording(history, reads::add), EventCodec.standard(),
        new QuoteReadSide().projections());
    counting.project(events.subList(0, 3));
    reads.clear();

    counting.project(List.of(events.get(1), events.get(2)));
    assertThat(reads).as("duplicates").isEmpty();

    readModels.beginRebuild(QuoteListProjection.NAME);
    storeUpTo(events, 5);
    counting.project(List.of(events.get(3), events.get(4), events.get(3), other.envelopes().getFirst()));

    assertThat(reads).containsExactlyInAnyOrder(new Read(StreamId.of(events.getFirst()), 1),
        new Read(StreamId.of(other.envelopes().getFirst()), 1));
  }

  @Test
  void the_streams_of_a_batch_are_read_at_once_by_the_store_readers() {
    List<EventEnvelope> delivered = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      QuoteStream q = QuoteStream.of("t-acme", "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e001" + i, T0);
      delivered.add(q.drafted("Quote " + i));
      history.append(q.envelopes());
    }
    // each read waits for the other two: read one after another, they would all time out
    CyclicBarrier allThree = new CyclicBarrier(3);
    EventHistory meeting = recording(history, read -> {
      try {
        allThree.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
        throw new IllegalStateException("the reads did not happen at once", e);
      }
    });
    Projector concurrent = new Projector(readModels, meeting, EventCodec.standard(), new QuoteReadSide().projections(), 4);

    Projector.Outcome outcome = concurrent.project(delivered);

    assertThat(outcome.allApplied()).isTrue();
    assertThat(readModels.all(QuoteDetailProjection.NAME, QuoteDetail.class)).hasSize(3);
  }

  @Test
  void events_of_streams_no_projection_follows_are_left_alone() {
    EventEnvelope task = new EventEnvelope("e-t", "TaskCreated", 1, quote.tenant(), "task", "task-1", 1, T0, null, null,
        null, null, EventJson.mapper().createObjectNode());

    assertThat(projector.project(List.of(task)).allApplied()).isTrue();
    assertThat(readModels.all(QuoteListProjection.NAME, QuoteListItem.class)).isEmpty();
  }

  @Test
  void of_two_instances_applying_the_same_event_one_wins_and_the_other_rereads_and_finds_it_applied() {
    List<EventEnvelope> events = eightEventsOfWhichStored(4);
    projector.project(events.subList(0, 4));
    storeUpTo(events, 5);
    AtomicBoolean interleaved = new AtomicBoolean();
    List<Set<String>> lostByFirst = new ArrayList<>();
    // the first instance reads version 4, then the second applies version 5 before the first writes
    ReadModels racing = new Delegating(readModels) {
      @Override
      public Set<String> write(String collection, List<Write> writes) {
        if (interleaved.compareAndSet(false, true)) {
          assertThat(projector.project(List.of(events.get(4))).allApplied()).isTrue();
        }
        Set<String> lost = super.write(collection, writes);
        lostByFirst.add(lost);
        return lost;
      }
    };

    Projector.Outcome first = projector(racing).project(List.of(events.get(4)));

    assertThat(first.allApplied()).isTrue();
    assertThat(lostByFirst.getFirst()).as("its first write lost the race").containsExactly("t-acme#" + quote.quoteId());
    assertThat(detail().version()).isEqualTo(5);
    assertThat(detail().document()).isEqualTo(fold(new QuoteDetailProjection(), events.subList(0, 5)));
  }

  @Test
  void instances_racing_on_the_same_deliveries_end_with_the_documents_of_one_clean_pass() throws Exception {
    List<EventEnvelope> events = eightEvents();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Projector.Outcome>> outcomes = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        List<EventEnvelope> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(i));
        Projector instance = projector(readModels);
        outcomes.add(pool.submit(() -> {
          Projector.Outcome last = null;
          for (EventEnvelope event : shuffled) {
            last = instance.project(List.of(event));
            assertThat(last.allApplied()).isTrue();
          }
          return last;
        }));
      }
      for (Future<Projector.Outcome> outcome : outcomes) {
        outcome.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(detail().version()).isEqualTo(8);
    assertThat(detail().document()).isEqualTo(fold(new QuoteDetailProjection(), events));
    assertThat(listed().document()).isEqualTo(fold(new QuoteListProjection(), events));
  }

  @Test
  void while_a_rebuild_runs_every_event_is_applied_to_the_active_and_the_rebuilding_collection() {
    List<EventEnvelope> events = eightEventsOfWhichStored(3);
    projector.project(events.subList(0, 3));
    String target = readModels.beginRebuild(QuoteListProjection.NAME).rebuilding().orElseThrow();
    storeUpTo(events, 4);

    projector.project(List.of(events.get(3)));

    assertThat(listed().version()).isEqualTo(4);
    Versioned<QuoteListItem> rebuilt = readModels.find(target, QuoteListItem.class, "t-acme#" + quote.quoteId()).orElseThrow();
    assertThat(rebuilt.version()).as("read from version 1 in the fresh collection").isEqualTo(4);
    assertThat(rebuilt.document()).isEqualTo(fold(new QuoteListProjection(), events.subList(0, 4)));
  }

  /** One read of the event store. */
  private record Read(StreamId stream, long fromVersion) {
  }

  /** {@code history}, telling {@code before} of each read before it is made. */
  private static EventHistory recording(EventHistory history, Consumer<Read> before) {
    return new EventHistory() {
      @Override
      public List<EventEnvelope> read(StreamId stream, long fromVersion) {
        before.accept(new Read(stream, fromVersion));
        return history.read(stream, fromVersion);
      }

      @Override
      public void forEachStream(String streamType, Consumer<StreamId> action) {
        history.forEachStream(streamType, action);
      }
    };
  }

  /** A store that passes everything on: tests override what they interleave. */
  private static class Delegating implements ReadModels {
    private final ReadModels delegate;

    Delegating(ReadModels delegate) {
      this.delegate = delegate;
    }

    @Override
    public Placement placement(String projection) {
      return delegate.placement(projection);
    }

    @Override
    public <D extends Record> Map<String, Versioned<D>> find(String collection, Class<D> type, Collection<String> ids) {
      return delegate.find(collection, type, ids);
    }

    @Override
    public Set<String> write(String collection, List<Write> writes) {
      return delegate.write(collection, writes);
    }

    @Override
    public <D extends Record> List<Versioned<D>> all(String collection, Class<D> type) {
      return delegate.all(collection, type);
    }

    @Override
    public Placement beginRebuild(String projection) {
      return delegate.beginRebuild(projection);
    }

    @Override
    public Placement completeRebuild(String projection, String rebuilt) {
      return delegate.completeRebuild(projection, rebuilt);
    }
  }
}
