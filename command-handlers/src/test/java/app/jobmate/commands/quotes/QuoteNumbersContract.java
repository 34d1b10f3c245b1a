package app.jobmate.commands.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.values.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link QuoteNumbers} must do, run against each implementation; each test uses tenants of its own. */
public abstract class QuoteNumbersContract {

  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 25;
  private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

  private QuoteNumbers numbers;

  /** Quote numbers for one test. */
  protected abstract QuoteNumbers quoteNumbers();

  @BeforeEach
  void newNumbers() {
    numbers = quoteNumbers();
  }

  @Test
  void a_tenant_numbers_its_quotes_one_by_one_from_one() {
    TenantId tenant = newTenant();

    List<Long> handedOut = IntStream.range(0, 5).mapToObj(i -> numbers.numberFor(tenant, newQuote(), NOW).value()).toList();

    assertThat(handedOut).containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void a_tenant_that_took_no_number_has_taken_zero_and_then_the_last_it_took() {
    TenantId tenant = newTenant();
    assertThat(((QuoteNumberCounter) numbers).lastTaken(tenant)).isZero();

    numbers.numberFor(tenant, newQuote(), NOW);
    numbers.numberFor(tenant, newQuote(), NOW);

    assertThat(((QuoteNumberCounter) numbers).lastTaken(tenant)).isEqualTo(2);
  }

  @Test
  void numbering_continues_from_a_number_chosen_ahead_and_never_goes_back() {
    TenantId tenant = newTenant();
    ((QuoteNumberCounter) numbers).continueFrom(tenant, 1250);

    assertThat(numbers.numberFor(tenant, newQuote(), NOW).value()).isEqualTo(1250);

    ((QuoteNumberCounter) numbers).continueFrom(tenant, 10);

    assertThat(numbers.numberFor(tenant, newQuote(), NOW).value()).isEqualTo(1251);
    assertThat(((QuoteNumberCounter) numbers).lastTaken(tenant)).isEqualTo(1251);
  }

  @Test
  void tenants_number_their_quotes_independently() {
    TenantId plumber = newTenant();
    TenantId electrician = newTenant();

    QuoteNumber plumbersFirst = numbers.numberFor(plumber, newQuote(), NOW);
    QuoteNumber plumbersSecond = numbers.numberFor(plumber, newQuote(), NOW);
    QuoteNumber electriciansFirst = numbers.numberFor(electrician, newQuote(), NOW);
    QuoteNumber plumbersThird = numbers.numberFor(plumber, newQuote(), NOW);
    QuoteNumber electriciansSecond = numbers.numberFor(electrician, newQuote(), NOW);

    assertThat(List.of(plumbersFirst, plumbersSecond, plumbersThird)).extracting(QuoteNumber::value).containsExactly(1L, 2L, 3L);
    assertThat(List.of(electriciansFirst, electriciansSecond)).extracting(QuoteNumber::value).containsExactly(1L, 2L);
  }

  @Test
  void a_quote_asking_again_gets_the_number_taken_for_it() {
    TenantId tenant = newTenant();
    QuoteId quote = newQuote();

    QuoteNumber first = numbers.numberFor(tenant, quote, NOW);
    QuoteNumber again = numbers.numberFor(tenant, quote, NOW.plusSeconds(59 * 60));

    assertThat(again).isEqualTo(first);
    assertThat(numbers.numberFor(tenant, newQuote(), NOW).value()).isEqualTo(2);
  }

  @Test
  void a_number_taken_for_a_quote_whose_issue_never_completed_is_let_go_after_an_hour() {
    TenantId tenant = newTenant();
    QuoteId abandoned = newQuote();
    numbers.numberFor(tenant, abandoned, NOW);

    QuoteNumber later = numbers.numberFor(tenant, abandoned, NOW.plus(QuoteNumbers.HELD_FOR).plusSeconds(1));

    assertThat(later.value()).isEqualTo(2);
  }

  @Test
  void concurrent_callers_for_different_quotes_get_every_number_exactly_once() throws Exception {
    TenantId tenant = newTenant();

    List<Long> handedOut = race(thread -> {
      List<Long> mine = new ArrayList<>();
      for (int call = 0; call < CALLS_PER_THREAD; call++) {
        mine.add(numbers.numberFor(tenant, newQuote(), NOW).value());
      }
      return mine;
    });

    assertThat(handedOut).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, THREADS * CALLS_PER_THREAD).boxed().toList());
    assertThat(numbers.numberFor(tenant, newQuote(), NOW).value()).isEqualTo(THREADS * CALLS_PER_THREAD + 1);
  }

  @Test
  void concurrent_callers_for_one_quote_all_get_one_number_and_use_up_no_other() throws Exception {
    TenantId tenant = newTenant();
    QuoteId quote = newQuote();

    List<Long> handedOut = race(thread -> List.of(numbers.numberFor(tenant, quote, NOW).value()));

    assertThat(handedOut).hasSize(THREADS).containsOnly(1L);
    assertThat(numbers.numberFor(tenant, newQuote(), NOW).value()).isEqualTo(2);
  }

  private List<Long> race(Function<Integer, List<Long>> caller) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    List<Long> handedOut = new ArrayList<>();
    try {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<List<Long>>> callers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        callers.add(threads.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          return caller.apply(thread);
        }));
      }
      for (Future<List<Long>> future : callers) {
        handedOut.addAll(future.get(60, TimeUnit.SECONDS));
      }
    } finally {
      threads.shutdownNow();
    }
    return handedOut;
  }

  private static TenantId newTenant() {
    return TenantId.of("t-" + UUID.randomUUID());
  }

  private static QuoteId newQuote() {
    return new QuoteId(UUID.randomUUID());
  }
}
