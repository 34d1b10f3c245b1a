package app.jobmate.commands.adapter.dynamodb;

import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.S;

import app.jobmate.testing.EventsTableItems;
import app.jobmate.testing.LocalDynamoDb.Table;

/** The tables of docs/architecture.md, "The write side" these adapters use, keyed as the template declares them. */
final class TemplateTables {

  static final Table EVENTS = EventsTableItems.TABLE;

  /** {@code tenants}: {@code tenantId} (S). */
  static final Table TENANTS = Table.of("tenants", "tenantId", S);

  /** {@code quote-expiries}: {@code quote} (S), and the sparse index {@code due} on {@code dueList} and {@code due} (S). */
  static final Table QUOTE_EXPIRIES = Table.of("quote-expiries", "quote", S).withIndex("due", "dueList", S, "due", S);

  /** {@code pending-conversions}: {@code conversion} (S). */
  static final Table PENDING_CONVERSIONS = Table.of("pending-conversions", "conversion", S);

  private TemplateTables() {
  }
}
