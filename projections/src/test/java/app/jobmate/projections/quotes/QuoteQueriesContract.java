package app.jobmate.projections.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.query.SortOrder;
import app.jobmate.projections.quotes.list.DateField;
import app.jobmate.projections.quotes.list.ListCursor;
import app.jobmate.projections.quotes.list.ListQuotes;
import app.jobmate.projections.quotes.list.QuoteListItem;
import app.jobmate.projections.quotes.list.QuoteListPage;
import app.jobmate.projections.quotes.list.QuoteListProjection;
import app.jobmate.projections.quotes.list.QuoteListQueries;
import app.jobmate.projections.quotes.list.QuoteListSort;
import app.jobmate.projections.quotes.pipeline.PipelineQueries;
import app.jobmate.projections.quotes.pipeline.PipelineTally;
import app.jobmate.projections.testing.Workload;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the quote queries must answer: exactly what {@link ListQuotes} and
 * {@link PipelineTally} define, over a generated workload. One subclass per implementation.
 */
public abstract class QuoteQueriesContract {

  /** A store and the queries over it, all empty. */
  public record Fixture(ReadModels readModels, QuoteListQueries list, PipelineQueries pipeline) {
  }

  protected abstract Fixture newFixture();

  private Fixture fixture;
  private InMemoryEventHistory history;
  private Projector projector;
  private List<List<EventEnvelope>> later;
  private TenantId tenant;

  @BeforeEach
  void populate() {
    fixture = newFixture();
    history = new InMemoryEventHistory();
    projector = new Projector(fixture.readModels(), history, EventCodec.standard(), new QuoteReadSide().projections());
    List<List<EventEnvelope>> commits = Workload.generate(11, 3, 40).commits();
    int now = commits.size() * 3 / 4;
    for (List<EventEnvelope> commit : commits.subList(0, now)) {
      append(commit);
    }
    later = commits.subList(now, commits.size());
    tenant = stored().getFirst().tenantId();
  }

  private void append(List<EventEnvelope> commit) {
    history.append(commit);
    assertThat(projector.project(commit).allApplied()).isTrue();
  }

  private List<Versioned<QuoteListItem>> stored() {
    return fixture.readModels().all(QuoteListProjection.NAME, QuoteListItem.class);
  }

  private List<Versioned<QuoteListItem>> expected(ListQuotes query) {
    return stored().stream().filter(query::matches).sorted(query.comparator()).toList();
  }

  private List<Versioned<QuoteListItem>> everyPage(ListQuotes first) {
    List<Versioned<QuoteListItem>> seen = new ArrayList<>();
    ListQuotes query = first;
    for (int pages = 0; pages < 1_000; pages++) {
      QuoteListPage page = fixture.list().list(query);
      assertThat(page.items()).hasSizeLessThanOrEqualTo(query.limit());
      seen.addAll(page.items());
      if (page.next().isEmpty()) {
        return seen;
      }
      query = query.after(page.next().get());
    }
    throw new AssertionError("paging did not end");
  }

  private ListQuotes query(QuoteListSort sort, SortOrder order) {
    return new ListQuotes(tenant, Set.of(), null, null, null, null, sort, order, null, 7);
  }

  @Test
  void every_order_pages_through_exactly_the_tenants_quotes_in_that_order() {
    for (QuoteListSort sort : QuoteListSort.values()) {
      for (SortOrder order : SortOrder.values()) {
        ListQuotes query = query(sort, order);

        assertThat(everyPage(query)).as(sort + " " + order).isEqualTo(expected(query));
      }
    }
    assertThat(expected(query(QuoteListSort.DRAFTED, SortOrder.DESC))).isNotEmpty()
        .allMatch(q -> q.tenantId().equals(tenant));
  }

  @Test
  void the_filters_select_by_state_customer_and_a_date_range_of_any_date_field() {
    String customer = stored().stream().filter(q -> q.tenantId().equals(tenant)).findFirst().orElseThrow().document()
        .customerId();
    List<ListQuotes> queries = List.of(
        new ListQuotes(tenant, Set.of(QuoteStatus.ACCEPTED), null, null, null, null, QuoteListSort.GROSS, SortOrder.DESC,
            null, 5),
        new ListQuotes(tenant, Set.of(QuoteStatus.ISSUED, QuoteStatus.VIEWED), null, null, null, null,
            QuoteListSort.VALID_UNTIL, SortOrder.ASC, null, 5),
        new ListQuotes(tenant, Set.of(), CustomerId.of(customer), null, null, null, QuoteListSort.NUMBER, SortOrder.ASC,
            null, 3),
        new ListQuotes(tenant, Set.of(), null, DateField.DRAFTED, LocalDate.parse("2026-04-01"),
            LocalDate.parse("2026-05-15"), QuoteListSort.DRAFTED, SortOrder.ASC, null, 10),
        new ListQuotes(tenant, Set.of(QuoteStatus.DECLINED, QuoteStatus.EXPIRED), null, DateField.FIRST_ISSUED,
            LocalDate.parse("2026-04-10"), null, QuoteListSort.UPDATED, SortOrder.DESC, null, 4),
        new ListQuotes(tenant, Set.of(), null, DateField.ACCEPTED, null, LocalDate.parse("2026-05-31"),
            QuoteListSort.NUMBER, SortOrder.DESC, null, 4));
    for (ListQuotes query : queries) {
      assertThat(expected(query)).as("the workload has quotes for " + query).isNotEmpty();

      assertThat(everyPage(query)).as(query.toString()).isEqualTo(expected(query));
    }
  }

  @Test
  void another_tenants_quotes_are_never_listed() {
    TenantId nobody = TenantId.of("t-nobody");

    assertThat(fixture.list().list(ListQuotes.firstPage(nobody)).items()).isEmpty();
    assertThat(fixture.pipeline().tally(nobody, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")).rows())
        .isEmpty();
  }

  @Test
  void the_last_page_has_no_cursor_and_a_cursor_starts_strictly_after_its_item() {
    ListQuotes query = query(QuoteListSort.DRAFTED, SortOrder.ASC);
    List<Versioned<QuoteListItem>> all = expected(query);
    Versioned<QuoteListItem> third = all.get(2);

    QuoteListPage afterThird = fixture.list().list(query.after(
        ListCursor.after(QuoteListSort.DRAFTED, SortOrder.ASC, third.document(), third.streamId())));
    QuoteListPage last = fixture.list().list(query.after(ListCursor.after(QuoteListSort.DRAFTED, SortOrder.ASC,
        all.get(all.size() - 2).document(), all.get(all.size() - 2).streamId())));

    assertThat(afterThird.items().getFirst()).isEqualTo(all.get(3));
    assertThat(last.items()).containsExactly(all.getLast());
    assertThat(last.next()).isEmpty();
  }

  @Test
  void paging_while_quotes_are_added_and_changed_neither_repeats_nor_skips_a_quote() {
    int next = 0;
    for (SortOrder order : SortOrder.values()) {
      ListQuotes query = query(QuoteListSort.DRAFTED, order);
      List<Versioned<QuoteListItem>> before = expected(query);
      List<String> seen = new ArrayList<>();
      QuoteListPage page = fixture.list().list(query);
      while (true) {
        page.items().forEach(q -> seen.add(q.streamId()));
        // more traffic between pages: new quotes and changes to listed ones
        for (int i = 0; i < 4 && next < later.size(); i++, next++) {
          append(later.get(next));
        }
        if (page.next().isEmpty()) {
          break;
        }
        page = fixture.list().list(query.after(page.next().get()));
      }

      assertThat(seen).as(order.toString()).doesNotHaveDuplicates();
      assertThat(new HashSet<>(seen)).containsAll(before.stream().map(Versioned::streamId).toList());
    }
  }

  @Test
  void the_pipeline_tallies_the_quotes_first_issued_in_the_period() {
    later.forEach(this::append);
    List<LocalDate[]> periods = List.of(
        new LocalDate[] {LocalDate.parse("2026-03-01"), LocalDate.parse("2026-12-31")},
        new LocalDate[] {LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-30")},
        new LocalDate[] {LocalDate.parse("2026-05-05"), LocalDate.parse("2026-05-05")},
        new LocalDate[] {LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31")});
    for (LocalDate[] period : periods) {
      PipelineTally expected = PipelineTally.of(stored().stream()
          .filter(q -> q.tenantId().equals(tenant))
          .map(Versioned::document)
          .filter(i -> i.firstIssuedOn() != null && !i.firstIssuedOn().isBefore(period[0])
              && !i.firstIssuedOn().isAfter(period[1])));

      assertThat(fixture.pipeline().tally(tenant, period[0], period[1])).as(period[0] + ".." + period[1])
          .isEqualTo(expected);
    }
    assertThat(fixture.pipeline().tally(tenant, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-12-31")).rows())
        .extracting(PipelineTally.Row::state).contains(QuoteStatus.ACCEPTED, QuoteStatus.DECLINED);
  }
}
