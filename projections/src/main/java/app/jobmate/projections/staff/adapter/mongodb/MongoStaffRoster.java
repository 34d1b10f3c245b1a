package app.jobmate.projections.staff.adapter.mongodb;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.adapter.mongodb.RecordBson;
import app.jobmate.projections.staff.StaffProfile;
import app.jobmate.projections.staff.StaffProfileProjection;
import app.jobmate.projections.staff.availability.StaffRoster;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;
import org.bson.Document;

/** The roster in MongoDB: the tenant's staff profiles on the {@code by_tenant} index, by id. */
public final class MongoStaffRoster implements StaffRoster {

  private final MongoReadModels readModels;

  public MongoStaffRoster(MongoReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public List<StaffProfile> of(TenantId tenant, String skill) {
    Bson filter = skill == null ? eq(RecordBson.TENANT, tenant.value())
        : and(eq(RecordBson.TENANT, tenant.value()), eq("skills", skill));
    List<StaffProfile> profiles = new ArrayList<>();
    var collection = readModels.collection(readModels.placement(StaffProfileProjection.NAME).active());
    for (Document document : collection.find(filter).sort(Sorts.ascending(RecordBson.ID)).limit(MAX + 1)) {
      profiles.add(RecordBson.decode(document, StaffProfile.class).document());
    }
    return profiles;
  }
}
