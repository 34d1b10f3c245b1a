package app.jobmate.projections.core;

import static app.jobmate.projections.testing.Documents.fullDetail;
import static app.jobmate.projections.testing.Documents.fullTask;
import static app.jobmate.projections.testing.Documents.listItem;
import static app.jobmate.projections.testing.Documents.sparseTask;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.projections.core.ReadModels.Write;
import app.jobmate.projections.quotes.detail.QuoteDetail;
import app.jobmate.projections.quotes.list.QuoteListItem;
import app.jobmate.projections.tasks.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ReadModels} must do; one subclass per implementation. */
public abstract class ReadModelsContract {

  private static final String Q1 = "0193a5b2-7c41-7d2e-9f3a-000000000001";
  private static final String Q2 = "0193a5b2-7c41-7d2e-9f3a-000000000002";

  private ReadModels store;

  /** A new, empty store. */
  protected abstract ReadModels newStore();

  @BeforeEach
  void open() {
    store = newStore();
  }

  @Test
  void a_document_written_from_version_0_is_inserted_and_found_by_its_id() {
    Versioned<QuoteListItem> item = listItem("t-acme", Q1, 1, "Rewire");

    assertThat(store.write("quote_list", List.of(new Write(item, 0)))).isEmpty();

    assertThat(store.find("quote_list", QuoteListItem.class, item.id())).contains(item);
    assertThat(store.find("quote_list", QuoteListItem.class, List.of(item.id(), "t-acme#nothing"))).containsOnlyKeys(item.id());
    assertThat(store.find("quote_detail", QuoteDetail.class, item.id())).isEmpty();
  }

  @Test
  void a_write_is_applied_only_at_the_version_it_expects() {
    store.write("quote_list", List.of(new Write(listItem("t-acme", Q1, 3, "v3"), 0)));

    Set<String> staleReplace = store.write("quote_list", List.of(new Write(listItem("t-acme", Q1, 4, "from 2"), 2)));
    Set<String> secondInsert = store.write("quote_list", List.of(new Write(listItem("t-acme", Q1, 1, "again"), 0)));
    Set<String> current = store.write("quote_list", List.of(new Write(listItem("t-acme", Q1, 5, "from 3"), 3)));

    assertThat(staleReplace).containsExactly("t-acme#" + Q1);
    assertThat(secondInsert).containsExactly("t-acme#" + Q1);
    assertThat(current).isEmpty();
    assertThat(store.find("quote_list", QuoteListItem.class, "t-acme#" + Q1)).get()
        .satisfies(d -> assertThat(d.version()).isEqualTo(5))
        .satisfies(d -> assertThat(d.document().title()).isEqualTo("from 3"));
  }

  @Test
  void in_a_batch_of_writes_only_the_losers_are_reported_and_the_others_are_written() {
    store.write("quote_list", List.of(new Write(listItem("t-acme", Q1, 2, "two"), 0)));

    Set<String> lost = store.write("quote_list", List.of(
        new Write(listItem("t-acme", Q1, 3, "stale"), 1),
        new Write(listItem("t-acme", Q2, 1, "new"), 0),
        new Write(listItem("t-other", Q1, 1, "same quote id, other tenant"), 0)));

    assertThat(lost).containsExactly("t-acme#" + Q1);
    assertThat(store.all("quote_list", QuoteListItem.class)).extracting(d -> d.document().title())
        .containsExactly("two", "new", "same quote id, other tenant");
  }

  @Test
  void documents_come_back_exactly_as_written_every_field_type_and_absent_field_included() {
    Versioned<QuoteDetail> detail = fullDetail("t-acme", Q1, 9);
    Versioned<QuoteListItem> sparse = listItem("t-acme", Q2, 1, "sparse");

    store.write("quote_detail", List.of(new Write(detail, 0)));
    store.write("quote_list", List.of(new Write(sparse, 0)));

    assertThat(store.find("quote_detail", QuoteDetail.class, detail.id())).contains(detail);
    assertThat(store.find("quote_list", QuoteListItem.class, sparse.id())).contains(sparse);
  }

  @Test
  void task_documents_come_back_exactly_as_written_with_their_derived_fields() {
    Versioned<Task> full = fullTask("t-acme", Q1, 3);
    Versioned<Task> sparse = sparseTask("t-acme", Q2, 1);

    store.write("task", List.of(new Write(full, 0), new Write(sparse, 0)));

    assertThat(store.find("task", Task.class, full.id())).contains(full);
    assertThat(store.find("task", Task.class, sparse.id())).contains(sparse);
    assertThat(full.document().checklistDone()).isEqualTo(1);
    assertThat(full.document().checklistTotal()).isEqualTo(2);
    assertThat(full.document().queueKey()).isEqualTo("0:2026-11-25:1");
    assertThat(sparse.document().queueKey()).isEqualTo("0:~:2");
  }

  @Test
  void all_lists_a_collection_in_id_order() {
    store.write("quote_list", List.of(new Write(listItem("t-b", Q1, 1, "b"), 0), new Write(listItem("t-a", Q2, 1, "a2"), 0),
        new Write(listItem("t-a", Q1, 1, "a1"), 0)));

    assertThat(store.all("quote_list", QuoteListItem.class)).extracting(Versioned::id)
        .containsExactly("t-a#" + Q1, "t-a#" + Q2, "t-b#" + Q1);
    assertThat(store.all("nothing_here", QuoteListItem.class)).isEmpty();
  }

  @Test
  void of_writers_racing_from_the_same_version_exactly_one_wins() throws Exception {
    store.write("quote_list", List.of(new Write(listItem("t-acme", Q1, 1, "start"), 0)));
    int writers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Set<String>>> results = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        String title = "writer " + w;
        results.add(pool.submit(() -> {
          go.await();
          return store.write("quote_list", List.of(new Write(listItem("t-acme", Q1, 2, title), 1)));
        }));
      }
      go.countDown();
      int winners = 0;
      for (Future<Set<String>> result : results) {
        winners += result.get(30, TimeUnit.SECONDS).isEmpty() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.find("quote_list", QuoteListItem.class, "t-acme#" + Q1).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void a_projection_never_rebuilt_lives_in_the_collection_of_its_name() {
    assertThat(store.placement("quote_list")).isEqualTo(Placement.initial("quote_list"));
    assertThat(store.placement("quote_list").writeTargets()).containsExactly("quote_list");
  }

  @Test
  void a_rebuild_names_a_fresh_target_that_live_writes_also_go_to_and_swaps_it_in() {
    store.write("quote_list", List.of(new Write(listItem("t-acme", Q1, 1, "live"), 0)));

    Placement rebuilding = store.beginRebuild("quote_list");
    String target = rebuilding.rebuilding().orElseThrow();

    assertThat(rebuilding.active()).isEqualTo("quote_list");
    assertThat(target).isNotEqualTo("quote_list");
    assertThat(store.all(target, QuoteListItem.class)).isEmpty();
    assertThat(store.placement("quote_list").writeTargets()).containsExactly("quote_list", target);
    assertThat(store.beginRebuild("quote_list")).as("a second start resumes the same rebuild").isEqualTo(rebuilding);

    Placement swapped = store.completeRebuild("quote_list", target);

    assertThat(swapped.active()).isEqualTo(target);
    assertThat(swapped.rebuilding()).isEmpty();
    assertThat(swapped.previous()).contains("quote_list");
    assertThat(store.placement("quote_list")).isEqualTo(swapped);
    assertThat(store.completeRebuild("quote_list", target)).as("completing twice changes nothing").isEqualTo(swapped);
  }

  @Test
  void the_next_rebuild_drops_the_collection_the_last_one_replaced() {
    store.write("quote_list", List.of(new Write(listItem("t-acme", Q1, 1, "old"), 0)));
    String first = store.beginRebuild("quote_list").rebuilding().orElseThrow();
    store.completeRebuild("quote_list", first);

    Placement second = store.beginRebuild("quote_list");

    assertThat(second.active()).isEqualTo(first);
    assertThat(second.previous()).isEqualTo(Optional.empty());
    assertThat(store.all("quote_list", QuoteListItem.class)).isEmpty();
  }
}
