package app.jobmate.events.team;

import app.jobmate.events.EventContext;
import app.jobmate.events.EventType;
import java.util.List;

/**
 * The team context in the published language: two aggregates per business, each one stream whose
 * id is the tenant id. The {@code team} stream holds who belongs to the business and in which role;
 * the {@code business} stream holds the settings the owner chooses (docs/decisions/team-and-settings.md).
 */
public final class TeamEvents {

  /** The business's team: one stream per tenant, {@code <tenantId>#team#<tenantId>}. */
  public static final String TEAM_STREAM = "team";
  /** The business's settings: one stream per tenant, {@code <tenantId>#business#<tenantId>}. */
  public static final String BUSINESS_STREAM = "business";

  public static final EventContext CONTEXT = new EventContext("team", List.of(
      team("TeamFounded", TeamEvent.TeamFounded.class),
      team("MemberInvited", TeamEvent.MemberInvited.class),
      team("MemberRoleChanged", TeamEvent.MemberRoleChanged.class),
      team("MemberRemoved", TeamEvent.MemberRemoved.class),
      team("ApiClientAdded", TeamEvent.ApiClientAdded.class),
      team("ApiClientRevoked", TeamEvent.ApiClientRevoked.class),
      team("TextMessagesSet", TeamEvent.TextMessagesSet.class),
      team("TextMessagesCleared", TeamEvent.TextMessagesCleared.class),
      business("BusinessDetailsChanged", BusinessEvent.BusinessDetailsChanged.class),
      business("VatRegistrationChanged", BusinessEvent.VatRegistrationChanged.class),
      business("VatStaggerChanged", BusinessEvent.VatStaggerChanged.class),
      business("QuotingDefaultsChanged", BusinessEvent.QuotingDefaultsChanged.class),
      business("QuoteNumberingChanged", BusinessEvent.QuoteNumberingChanged.class),
      business("HourlyCostsChanged", BusinessEvent.HourlyCostsChanged.class)));

  private TeamEvents() {
  }

  private static <E extends TeamEvent> EventType<E> team(String name, Class<E> type) {
    return new EventType<>(name, 1, "team", TEAM_STREAM, type);
  }

  private static <E extends BusinessEvent> EventType<E> business(String name, Class<E> type) {
    return new EventType<>(name, 1, "team", BUSINESS_STREAM, type);
  }
}
