package app.jobmate.events;

import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.team.BusinessEvent;
import app.jobmate.events.team.BusinessEvent.BusinessDetailsChanged;
import app.jobmate.events.team.BusinessEvent.HourlyCostsChanged;
import app.jobmate.events.team.BusinessEvent.QuoteNumberingChanged;
import app.jobmate.events.team.BusinessEvent.QuotingDefaultsChanged;
import app.jobmate.events.team.BusinessEvent.VatRegistrationChanged;
import app.jobmate.events.team.BusinessEvent.VatStaggerChanged;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.team.TeamEvent;
import app.jobmate.events.team.TeamEvent.MemberInvited;
import app.jobmate.events.team.ApiClientId;
import app.jobmate.events.team.TeamEvent.ApiClientAdded;
import app.jobmate.events.team.TeamEvent.ApiClientRevoked;
import app.jobmate.events.team.TeamEvent.MemberRemoved;
import app.jobmate.events.team.TeamEvent.MemberRoleChanged;
import app.jobmate.events.team.TeamEvent.TeamFounded;
import app.jobmate.events.team.TeamEvent.TextMessagesCleared;
import app.jobmate.events.team.TeamEvent.TextMessagesSet;
import app.jobmate.events.team.MobileNumber;
import app.jobmate.events.team.VatNumber;
import app.jobmate.events.team.VatRegistration;
import app.jobmate.events.team.VatStagger;
import app.jobmate.events.values.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One realistic example of every team and business event: Acme Plumbing's owner founds the team,
 * invites an engineer, makes them an admin, removes them; and sets the business's settings.
 * {@link #minimalLike} switches over both sealed interfaces without a default, so a new event does
 * not compile until it has its examples here.
 */
public final class TeamEventExamples {

  public static final EmailAddress JO = EmailAddress.of("jo@acme-plumbing.co.uk");
  public static final EmailAddress SAM = EmailAddress.of("sam@acme-plumbing.co.uk");

  private TeamEventExamples() {
  }

  public static List<DomainEvent> all() {
    return Stream.concat(Arrays.stream(TeamEvent.class.getPermittedSubclasses()),
            Arrays.stream(BusinessEvent.class.getPermittedSubclasses()))
        .<DomainEvent>map(TeamEventExamples::exampleOf)
        .toList();
  }

  public static DomainEvent exampleOf(Class<?> type) {
    return examples().filter(type::isInstance).findFirst()
        .orElseThrow(() -> new AssertionError("no example of " + type.getSimpleName() + " in TeamEventExamples"));
  }

  /** A further example of the same event with what is optional left out. */
  public static DomainEvent minimalLike(DomainEvent example) {
    return example instanceof TeamEvent e ? minimalTeam(e) : minimalBusiness((BusinessEvent) example);
  }

  private static TeamEvent minimalTeam(TeamEvent example) {
    return switch (example) {
      case TeamFounded e -> new TeamFounded(e.ownerId(), EmailAddress.of("o@b.uk"), "O");
      case MemberInvited e -> new MemberInvited(e.userId(), EmailAddress.of("s@b.uk"), "S", Role.OWNER);
      case MemberRoleChanged e -> new MemberRoleChanged(e.userId(), Role.OWNER, Role.STAFF);
      case MemberRemoved e -> e;
      case ApiClientAdded e -> new ApiClientAdded(e.clientId(), "X");
      case ApiClientRevoked e -> e;
      case TextMessagesSet e -> new TextMessagesSet(e.userId(), MobileNumber.of("+447000000000"), false);
      case TextMessagesCleared e -> e;
    };
  }

  private static BusinessEvent minimalBusiness(BusinessEvent example) {
    return switch (example) {
      case BusinessDetailsChanged e -> new BusinessDetailsChanged("Acme", null);
      case VatRegistrationChanged e -> new VatRegistrationChanged(null);
      case VatStaggerChanged e -> new VatStaggerChanged(VatStagger.STAGGER_3);
      case QuotingDefaultsChanged e -> new QuotingDefaultsChanged(RoundingPolicy.PER_LINE, 1);
      case QuoteNumberingChanged e -> new QuoteNumberingChanged("Q", 1);
      case HourlyCostsChanged e -> new HourlyCostsChanged(Money.ZERO, Money.ZERO);
    };
  }

  public static List<DomainEvent> fullAndMinimal() {
    List<DomainEvent> events = new ArrayList<>(all());
    all().stream().map(TeamEventExamples::minimalLike).forEach(events::add);
    return events;
  }

  private static Stream<DomainEvent> examples() {
    return Stream.of(
        new TeamFounded(EventExamples.OWNER.userId(), JO, "Jo Bloggs"),
        new MemberInvited(TaskEventExamples.SAM, SAM, "Sam Patel", Role.STAFF),
        new MemberRoleChanged(TaskEventExamples.SAM, Role.STAFF, Role.ADMIN),
        new MemberRemoved(TaskEventExamples.SAM),
        new ApiClientAdded(ApiClientId.of("4d3kq1v8c2m7n9p0r5s6t1u2w3"), "Hargreaves & Co, our accountants"),
        new ApiClientRevoked(ApiClientId.of("4d3kq1v8c2m7n9p0r5s6t1u2w3")),
        new TextMessagesSet(TaskEventExamples.SAM, MobileNumber.of("07700 900123"), true),
        new TextMessagesCleared(TaskEventExamples.SAM),
        new BusinessDetailsChanged("Acme Plumbing & Heating Ltd", "Unit 4, Riverside Trading Estate\nLeeds\nLS11 5QP"),
        new VatRegistrationChanged(new VatRegistration(VatNumber.of("GB 123 4567 89"), LocalDate.parse("2021-04-01"))),
        new VatStaggerChanged(VatStagger.STAGGER_2),
        new QuotingDefaultsChanged(RoundingPolicy.PER_DOCUMENT, 45),
        new QuoteNumberingChanged("ACME-", 1250),
        new HourlyCostsChanged(Money.ofPence(2850), Money.ofPence(1200)));
  }
}
