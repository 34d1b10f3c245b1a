package app.jobmate.commands.team;

import app.jobmate.commands.core.Decider;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.team.BusinessCommand.ChangeSettings;
import app.jobmate.commands.team.BusinessSettings.Details;
import app.jobmate.commands.team.BusinessSettings.HourlyCosts;
import app.jobmate.commands.team.BusinessSettings.QuoteNumbering;
import app.jobmate.commands.team.BusinessSettings.QuotingDefaults;
import app.jobmate.commands.team.BusinessSettings.Vat;
import app.jobmate.events.Role;
import app.jobmate.events.team.BusinessEvent;
import app.jobmate.events.team.BusinessEvent.BusinessDetailsChanged;
import app.jobmate.events.team.BusinessEvent.HourlyCostsChanged;
import app.jobmate.events.team.BusinessEvent.QuoteNumberingChanged;
import app.jobmate.events.team.BusinessEvent.QuotingDefaultsChanged;
import app.jobmate.events.team.BusinessEvent.VatRegistrationChanged;
import app.jobmate.events.team.BusinessEvent.VatStaggerChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules of the business's settings (docs/business-rules.md, settings), as a pure decider. Only
 * an owner changes them; each group that changes is one event, a group set to what it is records
 * nothing; the next quote number never goes back to a number already used.
 */
public final class BusinessDecider implements Decider<BusinessCommand, BusinessSettings, BusinessEvent> {

  public static final BusinessDecider INSTANCE = new BusinessDecider();

  private BusinessDecider() {
  }

  @Override
  public BusinessSettings initialState() {
    return BusinessSettings.NONE;
  }

  @Override
  public Class<BusinessEvent> eventType() {
    return BusinessEvent.class;
  }

  @Override
  public List<BusinessEvent> decide(BusinessCommand command, BusinessSettings state) {
    if (!command.actor().roles().contains(Role.OWNER)) {
      throw Rejection.forbidden("settings.owner-only", "only an owner may change the business's settings");
    }
    return switch (command) {
      case ChangeSettings c -> change(c, state);
    };
  }

  @Override
  public BusinessSettings evolve(BusinessSettings state, BusinessEvent event) {
    return switch (event) {
      case BusinessDetailsChanged e -> state.with(new Details(e.name(), e.address()));
      case VatRegistrationChanged e -> state.with(new Vat(e.registration()));
      case VatStaggerChanged e -> state.with(e.stagger());
      case QuotingDefaultsChanged e -> state.with(new QuotingDefaults(e.rounding(), e.quoteValidityDays()));
      case QuoteNumberingChanged e -> state.with(new QuoteNumbering(e.prefix(), e.nextNumber()));
      case HourlyCostsChanged e -> state.with(new HourlyCosts(e.staff(), e.equipment()));
    };
  }

  private static List<BusinessEvent> change(ChangeSettings c, BusinessSettings state) {
    BusinessSettings wanted = c.wanted();
    List<BusinessEvent> events = new ArrayList<>();
    if (changes(wanted.details(), state.details())) {
      events.add(new BusinessDetailsChanged(wanted.details().name(), wanted.details().address()));
    }
    if (changes(wanted.vat(), state.vat())) {
      events.add(new VatRegistrationChanged(wanted.vat().registration()));
    }
    if (changes(wanted.stagger(), state.stagger())) {
      events.add(new VatStaggerChanged(wanted.stagger()));
    }
    if (changes(wanted.quoting(), state.quoting())) {
      events.add(new QuotingDefaultsChanged(wanted.quoting().rounding(), wanted.quoting().quoteValidityDays()));
    }
    if (wanted.numbering() != null) {
      numbering(wanted.numbering(), state.numbering(), c.lastQuoteNumberUsed()).ifPresent(events::add);
    }
    if (changes(wanted.hourlyCosts(), state.hourlyCosts())) {
      events.add(new HourlyCostsChanged(wanted.hourlyCosts().staff(), wanted.hourlyCosts().equipment()));
    }
    return events;
  }

  /**
   * The next number is never one already used; asking for the number that comes next anyway (what
   * the settings show) with the same prefix changes nothing.
   */
  private static java.util.Optional<BusinessEvent> numbering(QuoteNumbering wanted, QuoteNumbering current,
                                                             long lastUsed) {
    if (wanted.nextNumber() <= lastUsed) {
      throw Rejection.unprocessable("settings.quote-number-used", "quote number " + wanted.nextNumber()
          + " has already been used: the next number must be above " + lastUsed);
    }
    String prefix = current == null ? null : current.prefix();
    long comesNext = Math.max(current == null ? 1 : current.nextNumber(), lastUsed + 1);
    if (wanted.prefix().equals(prefix) && wanted.nextNumber() == comesNext) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new QuoteNumberingChanged(wanted.prefix(), wanted.nextNumber()));
  }

  private static boolean changes(Object wanted, Object current) {
    return wanted != null && !Objects.equals(wanted, current);
  }
}
