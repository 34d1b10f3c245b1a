package app.jobmate.commands.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.values.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link QuoteNumbers} must do, run against each implementation; each test uses tenants of its own. */
public abstract class QuoteNumbersContract {

  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 25;

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

    List<Long> handedOut = IntStream.range(0, 5).mapToObj(i -> numbers.next(tenant).value()).toList();

    assertThat(handedOut).containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void tenants_number_their_quotes_independently() {
    TenantId plumber = newTenant();
    TenantId electrician = newTenant();

    QuoteNumber plumbersFirst = numbers.next(plumber);
    QuoteNumber plumbersSecond = numbers.next(plumber);
    QuoteNumber electriciansFirst = numbers.next(electrician);
    QuoteNumber plumbersThird = numbers.next(plumber);
    QuoteNumber electriciansSecond = numbers.next(electrician);

    assertThat(List.of(plumbersFirst, plumbersSecond, plumbersThird)).extracting(QuoteNumber::value).containsExactly(1L, 2L, 3L);
    assertThat(List.of(electriciansFirst, electriciansSecond)).extracting(QuoteNumber::value).containsExactly(1L, 2L);
  }

  @Test
  void concurrent_callers_get_every_number_exactly_once() throws Exception {
    TenantId tenant = newTenant();
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    List<Long> handedOut = new ArrayList<>();
    try {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<List<Long>>> callers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        callers.add(threads.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          List<Long> mine = new ArrayList<>();
          for (int call = 0; call < CALLS_PER_THREAD; call++) {
            mine.add(numbers.next(tenant).value());
          }
          return mine;
        }));
      }
      for (Future<List<Long>> caller : callers) {
        handedOut.addAll(caller.get(60, TimeUnit.SECONDS));
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(handedOut).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, THREADS * CALLS_PER_THREAD).boxed().toList());
    assertThat(numbers.next(tenant).value()).isEqualTo(THREADS * CALLS_PER_THREAD + 1);
  }

  private static TenantId newTenant() {
    return TenantId.of("t-" + UUID.randomUUID());
  }
}
