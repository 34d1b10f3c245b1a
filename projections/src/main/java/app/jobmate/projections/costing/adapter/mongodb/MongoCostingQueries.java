package app.jobmate.projections.costing.adapter.mongodb;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.adapter.mongodb.RecordBson;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.costing.CostedExpense;
import app.jobmate.projections.costing.CostedExpenseProjection;
import app.jobmate.projections.costing.CostedJob;
import app.jobmate.projections.costing.CostedJobProjection;
import app.jobmate.projections.costing.CostedVisit;
import app.jobmate.projections.costing.CostedVisitProjection;
import app.jobmate.projections.costing.CostingQueries;
import app.jobmate.projections.costing.JobStage;
import app.jobmate.projections.costing.MemberRates;
import app.jobmate.projections.costing.MemberRatesProjection;
import app.jobmate.projections.costing.VatRegistration;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The costing's reads in MongoDB: the report's jobs on the {@code by_reported_on} index, a range's visits
 * and expenses with one {@code $in} on each {@code by_job} index, the rates by id. The VAT registration is
 * read from the business settings' read model by its stored shape (the active collection of the projection
 * named {@value #BUSINESS_PROJECTION}, the business's document, its {@code vatRegistered} and
 * {@code vatRegisteredFrom}), knowing no class of that read side
 * (docs/decisions/reading-across-read-sides.md).
 */
public final class MongoCostingQueries implements CostingQueries {

  static final String BUSINESS_PROJECTION = "business";

  private final MongoReadModels readModels;

  public MongoCostingQueries(MongoReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public Optional<Versioned<CostedJob>> job(TenantId tenantId, String jobId) {
    return readModels.findActive(CostedJobProjection.NAME, CostedJob.class, DocumentId.of(tenantId, jobId));
  }

  @Override
  public List<Versioned<CostedJob>> jobs(TenantId tenantId, LocalDate from, LocalDate to, JobStage stage, int limit) {
    List<Bson> filters = new ArrayList<>(List.of(eq(RecordBson.TENANT, tenantId.value()),
        gte("reportedOn", RecordBson.toBson(from)), lte("reportedOn", RecordBson.toBson(to))));
    if (stage != null) {
      filters.add(eq("stage", stage.name()));
    }
    List<Versioned<CostedJob>> jobs = new ArrayList<>();
    for (Document d : active(CostedJobProjection.NAME).find(and(filters))
        .sort(Sorts.ascending("reportedOn", RecordBson.ID)).limit(limit)) {
      jobs.add(RecordBson.decode(d, CostedJob.class));
    }
    return jobs;
  }

  @Override
  public List<Versioned<CostedVisit>> visits(TenantId tenantId, Collection<String> jobIds) {
    return byJob(CostedVisitProjection.NAME, CostedVisit.class, tenantId, jobIds);
  }

  @Override
  public List<Versioned<CostedExpense>> expenses(TenantId tenantId, Collection<String> jobIds) {
    return byJob(CostedExpenseProjection.NAME, CostedExpense.class, tenantId, jobIds);
  }

  @Override
  public Map<String, MemberRates> rates(TenantId tenantId, Collection<String> members) {
    List<String> ids = members.stream().map(m -> DocumentId.of(tenantId, m).value()).toList();
    Map<String, MemberRates> rates = new LinkedHashMap<>();
    readModels.find(readModels.placement(MemberRatesProjection.NAME).active(), MemberRates.class, ids).values()
        .forEach(r -> rates.put(r.document().member(), r.document()));
    return rates;
  }

  @Override
  public VatRegistration vatRegistration(TenantId tenantId) {
    Document business = active(BUSINESS_PROJECTION)
        .find(eq(RecordBson.ID, DocumentId.of(tenantId, tenantId.value()).value())).first();
    if (business == null || !Boolean.TRUE.equals(business.getBoolean("vatRegistered"))) {
      return VatRegistration.NOT_REGISTERED;
    }
    String from = business.getString("vatRegisteredFrom");
    return new VatRegistration(true, from == null ? null : LocalDate.parse(from));
  }

  private <D extends Record> List<Versioned<D>> byJob(String projection, Class<D> type, TenantId tenantId,
                                                      Collection<String> jobIds) {
    List<Versioned<D>> found = new ArrayList<>();
    for (Document d : active(projection).find(and(eq(RecordBson.TENANT, tenantId.value()),
        in("jobId", List.copyOf(jobIds))))) {
      found.add(RecordBson.decode(d, type));
    }
    return found;
  }

  private MongoCollection<Document> active(String projection) {
    return readModels.collection(readModels.placement(projection).active());
  }
}
