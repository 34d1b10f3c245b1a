package app.jobmate.projections.expenses.adapter.memory;

import app.jobmate.projections.expenses.ReceiptLinks;
import java.net.URI;
import java.time.Instant;

/** Links that name the key and the expiry, for tests that need no bucket. */
public final class InMemoryReceiptLinks implements ReceiptLinks {

  @Override
  public Link linkTo(String key, Instant now) {
    Instant expiresAt = now.plus(VALIDITY);
    return new Link(URI.create("memory://receipts/" + key + "?expires=" + expiresAt.getEpochSecond()), expiresAt);
  }
}
