package app.jobmate.commands.adapter.memory;

import app.jobmate.commands.quotes.QuoteNumbers;
import app.jobmate.commands.quotes.QuoteNumbersContract;

class InMemoryQuoteNumbersTest extends QuoteNumbersContract {

  @Override
  protected QuoteNumbers quoteNumbers() {
    return new InMemoryQuoteNumbers();
  }
}
