package app.jobmate.projections.staff.adapter.mongodb;

import static com.mongodb.client.model.Filters.in;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.adapter.mongodb.RecordBson;
import app.jobmate.projections.staff.availability.BookedTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * A member's booked time, read from the diary's read model by its stored shape: the active collection of
 * the projection named {@value #DIARY_DAY_PROJECTION}, one document per member and London day with the id
 * {@code <tenantId>#<memberId>-<yyyy-mm-dd>}, whose {@code entries} each have an {@code appointmentId},
 * {@code startsAt} and {@code endsAt} (BSON dates). It knows no class of the diary context.
 */
public final class MongoBookedTime implements BookedTime {

  static final String DIARY_DAY_PROJECTION = "diary-days";

  private final MongoReadModels readModels;

  public MongoBookedTime(MongoReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public List<Booked> of(TenantId tenant, String member, LocalDate first, LocalDate last) {
    List<String> ids = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      ids.add(tenant.value() + "#" + member + "-" + day);
    }
    Map<String, Booked> booked = new LinkedHashMap<>();
    var collection = readModels.collection(readModels.placement(DIARY_DAY_PROJECTION).active());
    for (Document day : collection.find(in(RecordBson.ID, ids))) {
      for (Document entry : day.getList("entries", Document.class, List.of())) {
        String appointment = entry.getString("appointmentId");
        booked.putIfAbsent(appointment, new Booked(appointment, entry.get("startsAt", Date.class).toInstant(),
            entry.get("endsAt", Date.class).toInstant()));
      }
    }
    return List.copyOf(booked.values());
  }
}
