package app.jobmate.projections.reports.adapter.mongodb;

import static com.mongodb.client.model.Filters.eq;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.adapter.mongodb.RecordBson;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.reports.vat.Stagger;
import app.jobmate.projections.reports.vat.VatRegistration;
import app.jobmate.projections.reports.vat.VatRegistrations;
import java.time.LocalDate;
import org.bson.Document;

/**
 * The VAT registration read from the business settings' read model by its stored shape: the active
 * collection of the projection named {@value #BUSINESS_PROJECTION}, the business's document
 * ({@code <tenantId>#<tenantId>}), its {@code vatRegistered}, {@code vatRegisteredFrom} (an ISO day)
 * and {@code vatQuarterStagger} (a stagger's wire name) fields. It knows no class of the business
 * read side (docs/decisions/reading-across-read-sides.md).
 */
public final class MongoVatRegistrations implements VatRegistrations {

  static final String BUSINESS_PROJECTION = "business";

  private final MongoReadModels readModels;

  public MongoVatRegistrations(MongoReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public VatRegistration of(TenantId tenantId) {
    Document business = readModels.collection(readModels.placement(BUSINESS_PROJECTION).active())
        .find(eq(RecordBson.ID, DocumentId.of(tenantId, tenantId.value()).value())).first();
    if (business == null || !Boolean.TRUE.equals(business.getBoolean("vatRegistered"))) {
      return VatRegistration.NOT_REGISTERED;
    }
    String from = business.getString("vatRegisteredFrom");
    String stagger = business.getString("vatQuarterStagger");
    return new VatRegistration(true, from == null ? null : LocalDate.parse(from),
        stagger == null ? null : Stagger.ofWireName(stagger).orElse(null));
  }
}
