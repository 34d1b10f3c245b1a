package app.jobmate.commands.quotes;

import app.jobmate.events.quotes.QuoteEvents;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.events.StreamId;
import app.jobmate.commands.quotes.QuoteCommand.IssueQuote;
import app.jobmate.commands.quotes.QuotePolicies.QuotePolicy;
import app.jobmate.events.EventTypes;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.values.TenantId;

/**
 * Runs quote commands through the command service. A quote's first issue takes the tenant's next
 * quote number, but only once the decider has accepted the issue (so a refused issue uses up no
 * number), and the number is taken for the quote ({@link QuoteNumbers}): a retry after a conflict,
 * and any concurrent issue of the same draft, get the same number, so only the winner uses one.
 */
public final class QuoteService {

  private static final QuoteNumber PROVISIONAL = QuoteNumber.of(Long.MAX_VALUE);

  private final CommandService commands;
  private final QuoteNumbers numbers;
  private final QuotePolicies policies;

  public QuoteService(CommandService commands, QuoteNumbers numbers, QuotePolicies policies) {
    this.commands = commands;
    this.numbers = numbers;
    this.policies = policies;
  }

  public static StreamId streamOf(TenantId tenant, QuoteId quote) {
    return new StreamId(tenant, QuoteEvents.STREAM, quote.toString());
  }

  /** The tenant's policy, which a new draft records. */
  public QuotePolicy policyOf(TenantId tenant) {
    return policies.of(tenant);
  }

  public CommandResult handle(TenantId tenant, QuoteCommand command, CommandContext context) {
    // an issue's tax point is its day: it is priced by the business's VAT registration of that day
    QuoteCommand decided = command instanceof IssueQuote issue
        ? issue.withVatRegistration(policies.of(tenant).vatRegisteredOn(issue.today())) : command;
    return commands.handle(streamOf(tenant, command.quoteId()), decided, context, QuoteDecider.INSTANCE,
        (c, state) -> c instanceof IssueQuote issue && needsNumber(issue, state)
            ? issue.withNumber(take(tenant, issue, state, context)) : c);
  }

  private static boolean needsNumber(IssueQuote issue, QuoteState state) {
    return issue.number() == null && state instanceof QuoteState.Draft draft && draft.number() == null;
  }

  private QuoteNumber take(TenantId tenant, IssueQuote issue, QuoteState state, CommandContext context) {
    QuoteDecider.INSTANCE.decide(issue.withNumber(PROVISIONAL), state); // throws if the issue would be refused
    return numbers.numberFor(tenant, issue.quoteId(), context.receivedAt());
  }
}
