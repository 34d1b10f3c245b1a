package app.jobmate.commands.core;

import app.jobmate.events.StreamId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.quotes.QuoteCommand;
import app.jobmate.commands.quotes.QuoteCommand.AddQuoteLine;
import app.jobmate.commands.quotes.QuoteCommand.DraftQuote;
import app.jobmate.commands.quotes.QuoteCommand.IssueQuote;
import app.jobmate.commands.quotes.QuoteCommand.ReviseQuote;
import app.jobmate.commands.quotes.QuoteDecider;
import app.jobmate.commands.quotes.QuoteDetails;
import app.jobmate.events.Actor;
import app.jobmate.events.EventJson;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.LineId;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CommandServiceTest {

  private static final TenantId TENANT = TenantId.of("t-acme");
  private static final QuoteId QUOTE = QuoteId.of("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");
  private static final StreamId STREAM = new StreamId(TENANT, "quote", QUOTE.toString());
  private static final Instant NOW = Instant.parse("2026-11-26T10:15:30.123Z");
  private static final Actor OWNER = new Actor(UserId.of("u-owner"), List.of(Role.OWNER));
  private static final DraftQuote DRAFT = new DraftQuote(QUOTE, new QuoteDetails(CustomerId.of(
      "0193a5b2-7c41-7d2e-9f3a-00000000c001"), null, "Kitchen rewire", null, null, null, null, null), List.of(line("1")),
      RoundingPolicy.PER_LINE, 30);

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final CommandService service = new CommandService(store);

  @Test
  void a_command_appends_one_commit_whose_events_have_the_next_versions() {
    CommandResult result = handle(DRAFT, context("cmd-1", "h1"));

    assertThat(result.version()).isEqualTo(2);
    assertThat(result.replayed()).isFalse();
    assertThat(store.read(STREAM)).singleElement().satisfies(commit -> {
      assertThat(commit.number()).isEqualTo(1);
      assertThat(commit.commandId()).isEqualTo("cmd-1");
      assertThat(commit.events()).extracting(EventEnvelope::version).containsExactly(1L, 2L);
      assertThat(commit.events()).extracting(EventEnvelope::eventType).containsExactly("QuoteDrafted", "QuoteLineAdded");
      assertThat(commit.events()).allSatisfy(e -> {
        assertThat(e.tenantId()).isEqualTo(TENANT);
        assertThat(e.occurredAt()).isEqualTo(NOW);
        assertThat(e.actor()).isEqualTo(OWNER);
        assertThat(e.correlationId()).isEqualTo("cmd-1");
      });
    });
  }

  @Test
  void a_retried_command_returns_its_first_result_and_appends_nothing_even_after_the_stream_moved_on() {
    CommandResult first = handle(DRAFT, context("cmd-1", "h1"));
    handle(new AddQuoteLine(QUOTE, line("2")), context("cmd-2", "h2"));

    CommandResult retried = handle(DRAFT, context("cmd-1", "h1"));

    assertThat(retried.replayed()).isTrue();
    assertThat(retried.version()).isEqualTo(first.version());
    assertThat(retried.events()).isEqualTo(first.events());
    assertThat(store.read(STREAM)).hasSize(2);
  }

  @Test
  void the_same_command_id_with_another_payload_is_refused_and_changes_nothing() {
    handle(DRAFT, context("cmd-1", "h1"));

    Rejection rejection = catchThrowableOfType(Rejection.class,
        () -> handle(new AddQuoteLine(QUOTE, line("2")), context("cmd-1", "other")));

    assertThat(rejection.code()).isEqualTo("command.idempotency-key-reused");
    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
    assertThat(store.read(STREAM)).hasSize(1);
  }

  @Test
  void a_stale_expected_version_is_a_conflict_and_changes_nothing() {
    handle(DRAFT, context("cmd-1", "h1"));

    Rejection rejection = catchThrowableOfType(Rejection.class,
        () -> handle(new AddQuoteLine(QUOTE, line("2")), context("cmd-2", "h2", 1)));

    assertThat(rejection.code()).isEqualTo("command.stale-version");
    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.CONFLICT);
    assertThat(store.read(STREAM)).hasSize(1);
  }

  @Test
  void the_current_expected_version_lets_the_command_through() {
    handle(DRAFT, context("cmd-1", "h1"));

    assertThat(handle(new AddQuoteLine(QUOTE, line("2")), context("cmd-2", "h2", 2)).version()).isEqualTo(3);
  }

  @Test
  void a_concurrent_append_makes_the_command_start_over_and_decide_on_the_new_state() {
    handle(DRAFT, context("cmd-1", "h1"));
    CommandService racing = new CommandService(new ConcurrentWriter(store, 1), EventStoreFixture.CODEC, 5);

    CommandResult result = racing.handle(STREAM, new AddQuoteLine(QUOTE, line("2")), context("cmd-2", "h2"),
        QuoteDecider.INSTANCE);

    // the competitor's line went in first (version 3), ours after it
    assertThat(result.version()).isEqualTo(4);
    assertThat(store.read(STREAM)).extracting(Commit::commandId).containsExactly("cmd-1", "competitor-1", "cmd-2");
  }

  @Test
  void a_concurrent_append_against_an_expected_version_is_a_conflict() {
    handle(DRAFT, context("cmd-1", "h1"));
    CommandService racing = new CommandService(new ConcurrentWriter(store, 1), EventStoreFixture.CODEC, 5);

    Rejection rejection = catchThrowableOfType(Rejection.class, () -> racing.handle(STREAM,
        new AddQuoteLine(QUOTE, line("2")), context("cmd-2", "h2", 2), QuoteDecider.INSTANCE));

    assertThat(rejection.code()).isEqualTo("command.stale-version");
    assertThat(rejection.getMessage()).contains("is at version 3");
  }

  @Test
  void it_gives_up_after_a_bounded_number_of_attempts() {
    handle(DRAFT, context("cmd-1", "h1"));
    CommandService racing = new CommandService(new ConcurrentWriter(store, Integer.MAX_VALUE), EventStoreFixture.CODEC, 3);

    Rejection rejection = catchThrowableOfType(Rejection.class, () -> racing.handle(STREAM,
        new AddQuoteLine(QUOTE, line("2")), context("cmd-2", "h2"), QuoteDecider.INSTANCE));

    assertThat(rejection.code()).isEqualTo("command.concurrent-update");
    assertThat(store.read(STREAM)).extracting(Commit::commandId).doesNotContain("cmd-2").hasSize(4);
  }

  @Test
  void a_command_that_decides_nothing_appends_nothing() {
    handle(DRAFT, context("cmd-1", "h1"));

    CommandResult unchanged = handle(new QuoteCommand.ChangeQuoteLine(QUOTE, line("1")), context("cmd-3", "h3"));
    assertThat(unchanged.events()).isEmpty();
    assertThat(unchanged.version()).isEqualTo(2);
    assertThat(store.read(STREAM)).hasSize(1);
  }

  @Test
  void a_payload_stored_at_an_older_schema_version_is_read_through_the_upcasters() throws Exception {
    handle(DRAFT, context("cmd-1", "h1"));
    CommandResult issued = handle(new IssueQuote(QUOTE, LocalDate.of(2026, 11, 26), QuoteNumber.of(1)), context("cmd-2", "h2"));
    // then a QuoteDeclined as the code of last spring wrote it, at schema version 1
    EventEnvelope v1 = new EventEnvelope(UUID.randomUUID().toString(), "QuoteDeclined", 1, TENANT, "quote", QUOTE.toString(),
        issued.version() + 1, NOW, "cmd-old", "cmd-old", "cmd-old", OWNER, EventJson.mapper().readTree(
            "{\"quoteId\":\"" + QUOTE + "\",\"declinedAt\":\"2026-11-27T09:00:00Z\",\"reason\":\"Too dear\"}"));
    store.append(new Commit(STREAM, 3, "cmd-old", "old", "cmd-old", "cmd-old", OWNER, NOW, List.of(v1)));

    // only a declined quote can be revised: the v1 event must have been read as a QuoteDeclined
    CommandResult revised = handle(new ReviseQuote(QUOTE), context("cmd-3", "h3"));

    assertThat(revised.events()).extracting(EventEnvelope::eventType).containsExactly("QuoteRevised");
  }

  private CommandResult handle(QuoteCommand command, CommandContext context) {
    return service.handle(STREAM, command, context, QuoteDecider.INSTANCE);
  }

  private static CommandContext context(String commandId, String hash) {
    return new CommandContext(commandId, hash, OWNER, null, null, NOW, OptionalLong.empty());
  }

  private static CommandContext context(String commandId, String hash, long expectedVersion) {
    return new CommandContext(commandId, hash, OWNER, null, null, NOW, OptionalLong.of(expectedVersion));
  }

  private static QuoteLine line(String id) {
    return new QuoteLine(new LineId(UUID.fromString("0193a5b2-7c41-7d2e-9f3a-00000000000" + id)), "Socket " + id,
        Quantity.of("2"), Money.ofPence(4_500), VatCode.STANDARD, null, false);
  }

  /** A real store with another writer that gets in just before each of our first {@code times} appends. */
  private static final class ConcurrentWriter implements EventStore {
    private final EventStore store;
    private final int times;
    private final AtomicInteger raced = new AtomicInteger();

    ConcurrentWriter(EventStore store, int times) {
      this.store = store;
      this.times = times;
    }

    @Override
    public List<Commit> read(StreamId stream) {
      return store.read(stream);
    }

    @Override
    public AppendResult append(Commit commit) {
      if (raced.get() < times) {
        int n = raced.incrementAndGet();
        List<Commit> now = store.read(commit.stream());
        long version = now.getLast().lastVersion() + 1;
        EventEnvelope theirs = EventStoreFixture.lineAdded(commit.stream(), version, "competitor-" + n,
            new LineId(UUID.randomUUID()));
        store.append(new Commit(commit.stream(), now.size() + 1, "competitor-" + n, "x", "competitor-" + n,
            "competitor-" + n, OWNER, NOW, List.of(theirs)));
      }
      return store.append(commit);
    }
  }
}
