package app.jobmate.projections.customers.adapter.mongodb;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;

import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.adapter.mongodb.RecordBson;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.customers.Customer;
import app.jobmate.projections.customers.CustomerProjection;
import app.jobmate.projections.customers.CustomerStatus;
import app.jobmate.projections.customers.list.CustomerListQueries;
import app.jobmate.projections.customers.list.CustomerPage;
import app.jobmate.projections.customers.list.CustomerSearch;
import app.jobmate.projections.customers.list.ListCustomers;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The customer list in MongoDB: one {@code find} on the tenant, the statuses and a prefix range per
 * search key ({@link #prefix}), sorted and keyset-paged by {@code _id}. A range needs no escaping;
 * an anchored regular expression was the first try, and mongo-java-server matched {@code ^\\[}
 * against every key.
 */
public final class MongoCustomerQueries implements CustomerListQueries {

  private final MongoReadModels readModels;

  public MongoCustomerQueries(MongoReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public CustomerPage list(ListCustomers query) {
    List<Bson> filters = new ArrayList<>();
    filters.add(eq(RecordBson.TENANT, query.tenantId().value()));
    filters.add(in("status", query.statuses().stream().map(CustomerStatus::name).sorted().toList()));
    CustomerSearch search = query.search();
    prefix(filters, "nameKeys", search.name());
    prefix(filters, "emailKeys", search.email());
    prefix(filters, "phoneKeys", search.phone());
    prefix(filters, "postcodeKeys", search.postcode());
    if (query.after() != null) {
      filters.add(gt(RecordBson.ID, DocumentId.of(query.tenantId(), query.after()).value()));
    }
    List<Versioned<Customer>> customers = new ArrayList<>();
    for (Document document : active().find(and(filters)).sort(Sorts.ascending(RecordBson.ID))
        .limit(query.limit() + 1)) {
      customers.add(RecordBson.decode(document, Customer.class));
    }
    return CustomerPage.of(query, customers);
  }

  /**
   * The filter {@code field} has an element starting with {@code prefix}, when one is asked: an
   * element from {@code prefix} up to (not including) the prefix with its last code point the next
   * one ({@code $elemMatch}, so both bounds hold for the same element). Strings compare by code
   * point (UTF-8 bytes) without a collation, so this is exactly "starts with", with no regular
   * expression to escape, and it is index bounds on the key's multikey index.
   */
  private static void prefix(List<Bson> filters, String field, String prefix) {
    if (prefix != null) {
      filters.add(new Document(field, new Document("$elemMatch",
          new Document("$gte", prefix).append("$lt", upperBound(prefix)))));
    }
  }

  /** The least string greater than every string starting with {@code prefix}. */
  static String upperBound(String prefix) {
    int last = prefix.codePointBefore(prefix.length());
    String head = prefix.substring(0, prefix.length() - Character.charCount(last));
    if (last == Character.MAX_CODE_POINT) {
      return head.isEmpty() ? prefix + prefix : upperBound(head);
    }
    int next = last + 1;
    if (next >= Character.MIN_SURROGATE && next <= Character.MAX_SURROGATE) {
      next = Character.MAX_SURROGATE + 1;
    }
    return head + new String(Character.toChars(next));
  }

  private MongoCollection<Document> active() {
    return readModels.collection(readModels.placement(CustomerProjection.NAME).active());
  }
}
