package app.jobmate.commands.adapter.memory;

import app.jobmate.commands.expiry.QuoteExpiries;
import app.jobmate.commands.expiry.QuoteExpiriesContract;

class InMemoryQuoteExpiriesTest extends QuoteExpiriesContract {

  @Override
  protected QuoteExpiries expiries() {
    return new InMemoryQuoteExpiries();
  }
}
