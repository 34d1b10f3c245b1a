package app.jobmate.projections.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import app.jobmate.events.quotes.LineId;
import app.jobmate.events.quotes.PercentOrAmount;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.testing.EmbeddedMongo;
import app.jobmate.projections.testing.QuoteStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A valid event never poisons a read model: a quote at the edge of every value type — 500 lines
 * of £10,000,000 each at every VAT code, priced before and including VAT, the longest texts in
 * many scripts, discounts of 100% and of a penny, a deposit of all of it — is projected into every
 * quote read model on MongoDB, through the whole life of a quote.
 */
class ExtremeValuesTest {

  private static final String LONGEST_TITLE = "Ÿ🔧".repeat(66) + "ab"; // 200 UTF-16 characters, 4-byte ones among them

  @Test
  void a_quote_at_the_edge_of_every_value_is_projected_through_its_whole_life() {
    QuoteId quoteId = new QuoteId(UUID.randomUUID());
    QuoteStream quote = new QuoteStream("t-" + "x".repeat(62), quoteId, new CustomerId(UUID.randomUUID()),
        Instant.parse("2026-11-26T10:15:30.123456789Z")).policy(RoundingPolicy.PER_DOCUMENT);
    List<EventEnvelope> events = new ArrayList<>();
    events.add(quote.drafted(LONGEST_TITLE, PercentOrAmount.percent("100"), PercentOrAmount.percent("100")));
    VatCode[] codes = VatCode.values();
    Set<LineId> optional = new LinkedHashSet<>();
    for (int i = 0; i < 500; i++) {
      LineId id = new LineId(UUID.randomUUID());
      boolean isOptional = i % 7 == 0;
      if (isOptional) {
        optional.add(id);
      }
      String description = i % 100 == 0 ? "é".repeat(QuoteLine.MAX_DESCRIPTION) : "Line " + i;
      events.add(quote.lineAdded(new QuoteLine(id, description, Quantity.of("1000"),
          Money.ofPence(1_000_000), codes[i % codes.length], i % 3 == 0 ? PercentOrAmount.amount(1) : null,
          isOptional, i % 2 == 0)));
    }
    events.add(quote.issued(Long.MAX_VALUE / 2));
    events.add(quote.viewed());
    events.add(quote.accepted(optional));
    events.add(quote.convertedToJob(new JobId(UUID.randomUUID())));

    ReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL).ensureIndexes();
    InMemoryEventHistory history = new InMemoryEventHistory();
    events.forEach(event -> history.append(List.of(event)));
    Projector projector = new Projector(readModels, history, EventCodec.standard(), new QuoteReadSide().projections());

    for (int from = 0; from < events.size(); from += 10) {
      assertThat(projector.project(events.subList(from, Math.min(events.size(), from + 10))).failures()).isEmpty();
    }
    for (var projection : new QuoteReadSide().projections()) {
      var stored = readModels.find(readModels.placement(projection.name()).active(), projection.documentType(),
          DocumentId.of(StreamId.of(events.getFirst())).value());
      assertThat(stored).as(projection.name()).hasValueSatisfying(d -> assertThat(d.version()).isEqualTo(events.size()));
    }
  }
}
