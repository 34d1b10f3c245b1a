package app.jobmate.commands.team;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.quotes.QuoteNumberCounter;
import app.jobmate.commands.team.BusinessCommand.ChangeSettings;
import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;

/**
 * Changes the business's settings (its {@code business} stream). The quote numbering continues
 * from the next number chosen: the counter quotes take their numbers from is moved forward before
 * the change is recorded, so a crash in between skips numbers but never takes one twice, and the
 * decider refuses a next number already taken (docs/decisions/team-and-settings.md).
 */
public final class SettingsService {

  private final CommandService commands;
  private final QuoteNumberCounter numbers;

  public SettingsService(CommandService commands, QuoteNumberCounter numbers) {
    this.commands = commands;
    this.numbers = numbers;
  }

  public CommandResult change(TenantId tenant, BusinessSettings wanted, CommandContext context) {
    return commands.handle(BusinessRecord.streamOf(tenant), new ChangeSettings(wanted, 0, context.actor()), context,
        BusinessDecider.INSTANCE, (command, state) -> withNumbering(tenant, command));
  }

  private BusinessCommand withNumbering(TenantId tenant, BusinessCommand asked) {
    ChangeSettings command = switch (asked) {
      case ChangeSettings c -> c;
    };
    if (!command.actor().roles().contains(Role.OWNER)) {
      return command; // refused by the decider, and nothing is touched before
    }
    long lastTaken = numbers.lastTaken(tenant);
    var numbering = command.wanted().numbering();
    if (numbering != null && numbering.nextNumber() > lastTaken) {
      numbers.continueFrom(tenant, numbering.nextNumber());
    }
    return new ChangeSettings(command.wanted(), lastTaken, command.actor());
  }
}
