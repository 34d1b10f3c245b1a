package app.jobmate.projections.jobs.adapter.mongodb;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;

import app.jobmate.projections.adapter.mongodb.Keyset;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.adapter.mongodb.RecordBson;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.jobs.Job;
import app.jobmate.projections.jobs.JobProjection;
import app.jobmate.projections.jobs.JobStatus;
import app.jobmate.projections.jobs.list.JobListQueries;
import app.jobmate.projections.jobs.list.JobPage;
import app.jobmate.projections.jobs.list.ListJobs;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The job list in MongoDB: one indexed {@code find} (typed filters, newest first on {@code createdAt}
 * and {@code _id}, keyset paging on both) over the collection the placement names as active.
 */
public final class MongoJobQueries implements JobListQueries {

  private final MongoReadModels readModels;

  public MongoJobQueries(MongoReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public JobPage list(ListJobs query) {
    List<Bson> filters = new ArrayList<>();
    filters.add(eq(RecordBson.TENANT, query.tenantId().value()));
    if (!query.statuses().isEmpty()) {
      filters.add(in("status", query.statuses().stream().map(JobStatus::name).toList()));
    }
    if (query.customerId() != null) {
      filters.add(eq("customerId", query.customerId().toString()));
    }
    if (query.createdFrom() != null) {
      filters.add(gte("createdAt", RecordBson.toBson(query.createdFrom())));
    }
    if (query.createdBefore() != null) {
      filters.add(lt("createdAt", RecordBson.toBson(query.createdBefore())));
    }
    if (query.scheduledFrom() != null || query.scheduledTo() != null) {
      filters.add(ne("scheduledFor", null));
    }
    if (query.scheduledFrom() != null) {
      filters.add(gte("scheduledFor", RecordBson.toBson(query.scheduledFrom())));
    }
    if (query.scheduledTo() != null) {
      filters.add(lte("scheduledFor", RecordBson.toBson(query.scheduledTo())));
    }
    if (query.after() != null) {
      filters.add(Keyset.after("createdAt", RecordBson.toBson(query.after().createdAt()),
          DocumentId.of(query.tenantId(), query.after().jobId()).value(), false));
    }
    List<Versioned<Job>> jobs = new ArrayList<>();
    var collection = readModels.collection(readModels.placement(JobProjection.NAME).active());
    for (Document document : collection.find(and(filters)).sort(Sorts.descending("createdAt", RecordBson.ID))
        .limit(query.limit() + 1)) {
      jobs.add(RecordBson.decode(document, Job.class));
    }
    return JobPage.of(query, jobs);
  }
}
