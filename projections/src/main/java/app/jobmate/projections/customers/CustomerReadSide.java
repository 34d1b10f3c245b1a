package app.jobmate.projections.customers;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.customers.CustomerEvent.CustomerCreated;
import app.jobmate.events.customers.CustomerKind;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.Sealed;
import app.jobmate.lambda.personaldata.PersonalDataKeys;
import app.jobmate.projections.core.EventOpener;
import app.jobmate.projections.core.Index;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadSide;
import java.util.List;
import java.util.Map;

/**
 * The read side of the customers context: one document per customer, which takes every customer
 * event, opened. The list filters by status and searches by prefix on the normalised keys of names,
 * emails, phones and postcodes, each with an index of its own (tenant, key, id), paged by id.
 */
public final class CustomerReadSide implements ReadSide {

  public static final String NAME = "customers";

  private static final List<Projection<?, ?>> PROJECTIONS = List.of(new CustomerProjection());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Projection<?, ?>> projections() {
    return PROJECTIONS;
  }

  @Override
  public Map<String, List<Index>> indexes() {
    return Map.of(CustomerProjection.NAME, List.of(
        Index.ascending("by_status", Index.TENANT, "status", Index.ID),
        Index.ascending("by_name", Index.TENANT, "nameKeys", Index.ID),
        Index.ascending("by_email", Index.TENANT, "emailKeys", Index.ID),
        Index.ascending("by_phone", Index.TENANT, "phoneKeys", Index.ID),
        Index.ascending("by_postcode", Index.TENANT, "postcodeKeys", Index.ID),
        Index.ascending("by_merged_into", Index.TENANT, "mergedInto")));
  }

  /** Its events' personal data is opened with the customers' keys before the projection takes them. */
  @Override
  public EventOpener opener(PersonalDataKeys keys) {
    return new CustomerOpener(keys);
  }

  @Override
  public boolean opensPersonalData() {
    return true;
  }

  /** Its sealed name is bytes of no key: priming folds it without opening it. */
  @Override
  public DomainEvent primingEvent(String streamId) {
    return new CustomerCreated(CustomerId.of(streamId), CustomerKind.PERSON, new Sealed(streamId, new byte[12],
        new byte[32]), null, null, null, null, null, null, null);
  }
}
