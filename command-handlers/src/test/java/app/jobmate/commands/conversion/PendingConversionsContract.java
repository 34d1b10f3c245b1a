package app.jobmate.commands.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.conversion.PendingConversions.Pending;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.TenantId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link PendingConversions} does, run on the in-memory and the DynamoDB adapter. */
public abstract class PendingConversionsContract {

  private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

  protected abstract PendingConversions pending();

  private static Pending intent(TenantId tenant, Instant since) {
    QuoteId quote = new QuoteId(UUID.randomUUID());
    return new Pending(tenant, quote, JobIds.fromQuote(quote), since);
  }

  @Test
  void an_intent_is_found_once_older_than_asked_and_gone_once_removed() {
    PendingConversions pending = pending();
    TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    Pending intent = intent(tenant, T0);
    pending.record(intent);

    assertThat(pending.before(T0, 10)).doesNotContain(intent);
    assertThat(pending.before(T0.plusSeconds(1), 10)).contains(intent);

    pending.remove(tenant, intent.quote());

    assertThat(pending.before(T0.plusSeconds(1), 10)).doesNotContain(intent);
  }

  @Test
  void recording_again_keeps_the_first_time() {
    PendingConversions pending = pending();
    TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    Pending intent = intent(tenant, T0);
    pending.record(intent);

    pending.record(new Pending(tenant, intent.quote(), intent.job(), T0.plusSeconds(600)));

    assertThat(pending.before(T0.plusSeconds(1), 1000)).filteredOn(p -> p.quote().equals(intent.quote()))
        .containsExactly(intent);
  }

  @Test
  void the_same_quote_id_in_two_tenants_is_two_intents_oldest_first_up_to_the_limit() {
    PendingConversions pending = pending();
    Pending acme = intent(TenantId.of("t-" + UUID.randomUUID()), T0.minusSeconds(7200));
    Pending other = new Pending(TenantId.of("t-" + UUID.randomUUID()), acme.quote(), acme.job(), T0.minusSeconds(3600));
    pending.record(other);
    pending.record(acme);

    assertThat(pending.before(T0, 1000)).containsSubsequence(acme, other);
    assertThat(pending.before(T0, 1)).hasSize(1);
    pending.remove(acme.tenant(), acme.quote());
    assertThat(pending.before(T0, 1000)).contains(other).doesNotContain(acme);
  }

  @Test
  void removing_what_is_not_there_is_nothing() {
    pending().remove(TenantId.of("t-nobody"), new QuoteId(UUID.randomUUID()));
  }
}
