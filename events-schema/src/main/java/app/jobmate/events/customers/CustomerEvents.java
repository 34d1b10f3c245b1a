package app.jobmate.events.customers;

import app.jobmate.events.EventContext;
import app.jobmate.events.EventType;
import java.util.List;

/** The customers context in the published language: its event types, wire names and schema versions, written here once. */
public final class CustomerEvents {

  /** The stream type of a customer: one stream per customer, {@code <tenantId>#customer#<id>}. */
  public static final String STREAM = "customer";

  public static final EventContext CONTEXT = new EventContext("customers", List.of(
      type("CustomerCreated", 1, CustomerEvent.CustomerCreated.class),
      type("CustomerChanged", 1, CustomerEvent.CustomerChanged.class),
      type("CustomerSiteAdded", 1, CustomerEvent.CustomerSiteAdded.class),
      type("CustomerSiteChanged", 1, CustomerEvent.CustomerSiteChanged.class),
      type("CustomerSiteRemoved", 1, CustomerEvent.CustomerSiteRemoved.class),
      type("CustomerArchived", 1, CustomerEvent.CustomerArchived.class),
      type("CustomerRestored", 1, CustomerEvent.CustomerRestored.class),
      type("CustomerMerged", 1, CustomerEvent.CustomerMerged.class),
      type("DuplicateMerged", 1, CustomerEvent.DuplicateMerged.class),
      type("CustomerErased", 1, CustomerEvent.CustomerErased.class)));

  private CustomerEvents() {
  }

  private static <E extends CustomerEvent> EventType<E> type(String name, int version, Class<E> type) {
    return new EventType<>(name, version, "customers", STREAM, type);
  }
}
