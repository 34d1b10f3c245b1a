package app.jobmate.commands.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.JobId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobIdsTest {

  private static final QuoteId QUOTE = QuoteId.of("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");

  @Test
  void a_quote_always_converts_to_the_same_job() {
    assertThat(JobIds.fromQuote(QUOTE)).isEqualTo(JobIds.fromQuote(QuoteId.of(QUOTE.toString())));
  }

  @Test
  void the_jobs_id_is_a_uuidv7_with_the_quotes_timestamp_so_clients_may_name_it() {
    UUID job = JobIds.fromQuote(QUOTE).value();

    assertThat(job.version()).isEqualTo(7);
    assertThat(job.variant()).isEqualTo(2);
    assertThat(job.getMostSignificantBits() >>> 16).isEqualTo(QUOTE.value().getMostSignificantBits() >>> 16);
    assertThat(job).isNotEqualTo(QUOTE.value());
  }

  @Test
  void different_quotes_convert_to_different_jobs() {
    Set<JobId> jobs = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      jobs.add(JobIds.fromQuote(QuoteId.of(String.format("0193a5b2-7c41-7d2e-9f3a-%012x", i))));
    }

    assertThat(jobs).hasSize(10_000);
  }
}
