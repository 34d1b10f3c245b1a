package app.jobmate.projections.reports.adapter.mongodb;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;

import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.adapter.mongodb.RecordBson;
import app.jobmate.projections.query.CustomerNames;
import app.jobmate.projections.reports.exports.ExportedQuote;
import app.jobmate.projections.reports.exports.QuoteExportQueries;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * The accepted quotes, read by the stored shapes of the quotes' read models (collections of the
 * projections {@value #LIST} and {@value #DETAIL}) and the customer book ({@link CustomerNames}),
 * knowing no class of either context (docs/decisions/reading-across-read-sides.md): one cursor on the
 * list's {@code on_accepted} index ({@code tenantId, acceptedOn}) in batches of {@value #BATCH}; for each
 * batch one read of the quote pages by id and one of the customers' names; each quote handed on in the
 * cursor's order; the cursor closed however the export ends.
 */
public final class MongoQuoteExportQueries implements QuoteExportQueries {

  static final String LIST = "quote_list";
  static final String DETAIL = "quote_detail";
  static final int BATCH = 500;

  private final MongoReadModels readModels;
  private final CustomerNames customers;

  public MongoQuoteExportQueries(MongoReadModels readModels, CustomerNames customers) {
    this.readModels = readModels;
    this.customers = customers;
  }

  @Override
  public void forEachAcceptedQuote(TenantId tenantId, LocalDate from, LocalDate to, Consumer<ExportedQuote> each) {
    var list = readModels.collection(readModels.placement(LIST).active());
    List<Accepted> batch = new ArrayList<>(BATCH);
    try (MongoCursor<Document> cursor = list.find(and(eq(RecordBson.TENANT, tenantId.value()),
            gte("acceptedOn", RecordBson.toBson(from)), lte("acceptedOn", RecordBson.toBson(to))))
        .projection(Projections.include(RecordBson.ID, "acceptedOn"))
        .sort(Sorts.ascending("acceptedOn", RecordBson.ID)).batchSize(BATCH).iterator()) {
      while (cursor.hasNext()) {
        Document item = cursor.next();
        batch.add(new Accepted(item.getString(RecordBson.ID), LocalDate.parse(item.getString("acceptedOn"))));
        if (batch.size() == BATCH) {
          hand(tenantId, batch, each);
          batch.clear();
        }
      }
    }
    hand(tenantId, batch, each);
  }

  private void hand(TenantId tenantId, List<Accepted> batch, Consumer<ExportedQuote> each) {
    if (batch.isEmpty()) {
      return;
    }
    var detail = readModels.collection(readModels.placement(DETAIL).active());
    Map<String, AcceptedQuote> quotes = new HashMap<>();
    Map<String, String> streamIds = new HashMap<>();
    for (Document document : detail.find(and(eq(RecordBson.TENANT, tenantId.value()),
        in(RecordBson.ID, batch.stream().map(Accepted::id).toList())))) {
      var decoded = RecordBson.decode(document, AcceptedQuote.class);
      quotes.put(decoded.id(), decoded.document());
      streamIds.put(decoded.id(), decoded.streamId());
    }
    Set<String> customerIds = new HashSet<>();
    quotes.values().forEach(q -> customerIds.add(q.customerId()));
    Map<String, String> names = customers.namesOf(tenantId, customerIds);
    for (Accepted accepted : batch) {
      AcceptedQuote quote = quotes.get(accepted.id());
      if (quote == null || quote.totals() == null) {
        continue; // the page lags the list by a moment: the next export has it
      }
      each.accept(new ExportedQuote(streamIds.get(accepted.id()), quote.displayNumber(), quote.title(),
          names.getOrDefault(quote.customerId(), "Customer " + quote.customerId()), accepted.acceptedOn(),
          quote.totals().gross(), quote.totals().parts()));
    }
  }

  private record Accepted(String id, LocalDate acceptedOn) {
  }

  /** The fields of a stored quote page ({@code quote_detail}) that the export reads. */
  public record AcceptedQuote(String displayNumber, String title, String customerId, StoredTotals totals) {
  }

  /**
   * The stored totals: VAT lines per code, adding up to the net less what is outside the scope of VAT.
   * That rest (disbursements; or the whole net of a business not VAT registered, which shows no VAT
   * lines) is one part with no VAT, so that the parts always add up to the net and the VAT total.
   */
  public record StoredTotals(long net, List<StoredVatLine> vat, long vatTotal, long gross) {

    List<ExportedQuote.Part> parts() {
      List<ExportedQuote.Part> parts = new ArrayList<>();
      long noVat = net;
      for (StoredVatLine line : vat) {
        parts.add(new ExportedQuote.Part(line.vatCode(), line.net(), line.vat()));
        noVat -= line.net();
      }
      if (noVat != 0) {
        parts.add(new ExportedQuote.Part(VatCode.OUTSIDE_SCOPE, noVat, 0));
      }
      return parts;
    }
  }

  /** One stored VAT line. */
  public record StoredVatLine(VatCode vatCode, long net, long vat) {
  }
}
