package app.jobmate.commands.quotes;

import app.jobmate.events.quotes.QuoteEvents;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.customers.CustomerDirectory;
import app.jobmate.events.StreamId;
import app.jobmate.commands.quotes.QuoteCommand.ChangeQuoteDetails;
import app.jobmate.commands.quotes.QuoteCommand.DraftQuote;
import app.jobmate.commands.quotes.QuoteCommand.IssueQuote;
import app.jobmate.commands.core.Rejection;
import app.jobmate.events.values.CustomerId;
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
  private final CustomerDirectory customers;

  public QuoteService(CommandService commands, QuoteNumbers numbers, QuotePolicies policies,
                      CustomerDirectory customers) {
    this.commands = commands;
    this.numbers = numbers;
    this.policies = policies;
    this.customers = customers;
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
    // and a first issue takes its number with the business's prefix of that day
    QuotePolicy policy = command instanceof IssueQuote ? policies.of(tenant) : null;
    QuoteCommand decided = command instanceof IssueQuote issue
        ? issue.withVatRegistration(policy.vatRegisteredOn(issue.today())) : command;
    return commands.handle(streamOf(tenant, command.quoteId()), decided, context, QuoteDecider.INSTANCE,
        (c, state) -> {
          // checked after a retry is recognised (a retried draft answers its first result), and after
          // the quote's own rules: another tenant's quote is not found, an issued one is not a draft
          if (c instanceof DraftQuote draft) {
            QuoteDecider.INSTANCE.decide(draft, state);
            checkCustomer(tenant, draft.details());
          } else if (c instanceof ChangeQuoteDetails change) {
            QuoteDecider.INSTANCE.decide(change, state);
            checkCustomer(tenant, change.details());
          }
          return c instanceof IssueQuote issue && needsNumber(issue, state)
              ? issue.withNumber(take(tenant, issue, state, context), policy.numberPrefix()) : c;
        });
  }

  /**
   * A quote is for a customer in the book, neither archived, merged nor erased, and for one of its
   * own sites if it names one (docs/business-rules.md, quotes).
   */
  private void checkCustomer(TenantId tenant, QuoteDetails details) {
    CustomerId id = details.customerId();
    switch (customers.standingOf(tenant, id)) {
      case CustomerDirectory.Unknown u -> throw Rejection.unprocessable("quote.customer-not-found",
          "there is no customer " + id, "customerId");
      case CustomerDirectory.Merged m -> throw Rejection.unprocessable("quote.customer-merged",
          "customer " + id + " was merged into " + m.survivor() + "; quote that one", "customerId");
      case CustomerDirectory.Erased e -> throw Rejection.unprocessable("quote.customer-erased",
          "customer " + id + " was erased", "customerId");
      case CustomerDirectory.Listed l when l.archived() -> throw Rejection.unprocessable("quote.customer-archived",
          "customer " + id + " is archived; restore it first", "customerId");
      case CustomerDirectory.Listed l -> {
        if (details.siteId() != null && !l.sites().contains(details.siteId())) {
          throw Rejection.unprocessable("quote.site-not-found",
              "customer " + id + " has no site " + details.siteId(), "siteId");
        }
      }
    }
  }

  private static boolean needsNumber(IssueQuote issue, QuoteState state) {
    return issue.number() == null && state instanceof QuoteState.Draft draft && draft.number() == null;
  }

  private QuoteNumber take(TenantId tenant, IssueQuote issue, QuoteState state, CommandContext context) {
    QuoteDecider.INSTANCE.decide(issue.withNumber(PROVISIONAL), state); // throws if the issue would be refused
    return numbers.numberFor(tenant, issue.quoteId(), context.receivedAt());
  }
}
