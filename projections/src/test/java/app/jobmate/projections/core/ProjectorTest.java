package app.jobmate.projections.core;

import static app.jobmate.projections.testing.Fold.fold;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.quotes.QuoteProjections;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ProjectorTest {

  private static final Instant T0 = Instant.parse("2026-05-11T08:00:00Z");
  private final InMemoryReadModels readModels = new InMemoryReadModels();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final Projector projector = projector(readModels);
  private final QuoteStream quote = QuoteStream.of("t-acme", "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60", T0);

  private Projector projector(ReadModels store) {
    return new Projector(store, history, EventCodec.standard(), QuoteProjections.all());
  }

  /** A quote of eight events, all in the store. */
  private List<EventEnvelope> eightEvents() {
    quote.drafted("Rewire");
    quote.lineAdded(quote.line("Circuit", "4", 32_500, VatCode.STANDARD, false));
    quote.lineAdded(quote.line("Sealant", "1", 500, VatCode.STANDARD, true));
    quote.issued(1);
    quote.viewed();
    quote.revised();
    quote.lineRemoved(quote.lines().getLast().lineId());
    quote.issued(1);
    quote.envelopes().forEach(e -> history.append(List.of(e)));
    return quote.envelopes();
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
  void a_gap_is_healed_from_the_store_and_the_event_that_arrives_late_is_a_duplicate() {
    List<EventEnvelope> events = eightEvents();
    projector.project(List.of(events.get(0)));

    Projector.Outcome jumped = projector.project(List.of(events.get(4)));
    Projector.Outcome late = projector.project(List.of(events.get(2)));

    assertThat(jumped.allApplied()).isTrue();
    assertThat(late.allApplied()).isTrue();
    assertThat(detail().version()).as("healing reads on to the end of the stream").isEqualTo(8);
    assertThat(detail().document()).isEqualTo(fold(new QuoteDetailProjection(), events));
  }

  @Test
  void a_gap_the_store_cannot_heal_fails_only_that_streams_events() {
    List<EventEnvelope> events = eightEvents();
    QuoteStream unstored = QuoteStream.of("t-acme", "0193a5b2-7c41-7d2e-9f3a-00000000dead", T0);
    unstored.drafted("Not in the store");
    EventEnvelope orphan = unstored.viewed();

    Projector.Outcome outcome = projector.project(List.of(events.get(0), orphan, events.get(1)));

    assertThat(outcome.failures()).containsOnlyKeys(1);
    assertThat(outcome.failures().get(1)).isInstanceOf(Projector.GapNotHealed.class);
    assertThat(detail().version()).isEqualTo(2);
  }

  @Test
  void an_event_the_list_does_not_take_still_advances_its_version_so_the_next_one_is_not_a_gap() {
    List<EventEnvelope> events = eightEvents();
    projector.project(events.subList(0, 1));
    QuoteListItem drafted = listed().document();

    projector.project(List.of(events.get(1), events.get(2)));

    assertThat(listed().version()).isEqualTo(3);
    assertThat(listed().document()).isEqualTo(drafted);
    InMemoryEventHistory empty = new InMemoryEventHistory();
    Projector withoutStore = new Projector(readModels, empty, EventCodec.standard(), QuoteProjections.all());
    assertThat(withoutStore.project(List.of(events.get(3))).allApplied()).as("no healing needed").isTrue();
    assertThat(listed().version()).isEqualTo(4);
  }

  @Test
  void an_envelope_that_cannot_be_decoded_fails_alone() {
    List<EventEnvelope> events = eightEvents();
    EventEnvelope unknown = new EventEnvelope("e-x", "QuoteTeleported", 1, events.get(1).tenantId(), "quote",
        events.get(1).streamId(), 2, T0, null, null, null, null, EventJson.mapper().createObjectNode());
    EventEnvelope mangled = new EventEnvelope("e-y", "QuoteViewed", 1, events.get(1).tenantId(), "quote",
        events.get(1).streamId(), 5, T0, null, null, null, null, EventJson.mapper().createObjectNode().put("viewedAt", 7));

    Projector.Outcome outcome = projector.project(List.of(events.get(0), unknown, mangled, events.get(1)));

    assertThat(outcome.failures()).containsOnlyKeys(1, 2);
    assertThat(detail().version()).isEqualTo(2);
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
    List<EventEnvelope> events = eightEvents();
    projector.project(events.subList(0, 4));
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
    List<EventEnvelope> events = eightEvents();
    projector.project(events.subList(0, 3));
    String target = readModels.beginRebuild(QuoteListProjection.NAME).rebuilding().orElseThrow();

    projector.project(List.of(events.get(3)));

    assertThat(listed().version()).isEqualTo(4);
    Versioned<QuoteListItem> rebuilt = readModels.find(target, QuoteListItem.class, "t-acme#" + quote.quoteId()).orElseThrow();
    assertThat(rebuilt.version()).as("healed from version 1 to the end of the stream in the fresh collection").isEqualTo(8);
    assertThat(rebuilt.document()).isEqualTo(fold(new QuoteListProjection(), events));
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
