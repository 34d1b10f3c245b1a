package app.jobmate.commands.expiry;

import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.adapter.memory.InMemoryQuoteNumbers;
import app.jobmate.commands.adapter.memory.InMemoryQuotePolicies;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.Commit;
import app.jobmate.events.StreamId;
import app.jobmate.commands.quotes.QuoteCommand;
import app.jobmate.commands.quotes.QuoteCommand.AcceptQuote;
import app.jobmate.commands.quotes.QuoteCommand.ChangeQuoteDetails;
import app.jobmate.commands.quotes.QuoteCommand.ConvertQuoteToJob;
import app.jobmate.commands.quotes.QuoteCommand.DeclineQuote;
import app.jobmate.commands.customers.CustomerBook;
import app.jobmate.commands.customers.CustomerStandings;
import app.jobmate.commands.quotes.QuoteCommand.DraftQuote;
import app.jobmate.commands.quotes.QuoteCommand.ExpireQuote;
import app.jobmate.commands.quotes.QuoteCommand.IssueQuote;
import app.jobmate.commands.quotes.QuoteCommand.RecordQuoteViewed;
import app.jobmate.commands.quotes.QuoteCommand.ReviseQuote;
import app.jobmate.commands.quotes.QuoteCommand.WithdrawQuote;
import app.jobmate.commands.quotes.QuoteDetails;
import app.jobmate.commands.quotes.QuoteService;
import app.jobmate.events.Actor;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.quotes.LineId;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * A business's quotes, drafted, issued and answered through the real {@link QuoteService} on an
 * in-memory event store, on the days the test says: the events the expiry process sees are the
 * ones Jobmate writes.
 */
public final class QuoteBook {

  public static final TenantId ACME = TenantId.of("t-acme");
  public static final TenantId BRIGHTSIDE = TenantId.of("t-brightside");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Actor OWNER = new Actor(UserId.of("u-olivia"), List.of(Role.OWNER));
  private static final CustomerId CUSTOMER = CustomerId.of("0193a5b2-7c41-7d2e-9f3a-00000000c001");
  private static final QuoteLine BOILER = new QuoteLine(LineId.of("0193a5b2-7c41-7d2e-9f3a-000000000b01"),
      "Combi boiler, supplied and fitted", Quantity.of("1"), Money.ofPence(185_000), VatCode.STANDARD, null, false);

  /** A quote of a tenant. */
  public record Ref(TenantId tenant, QuoteId quote) {
  }

  private final InMemoryEventStore store;
  private final QuoteService quotes;
  private final List<Ref> written = new ArrayList<>();
  private final CustomerBook customers;
  private final java.util.Set<TenantId> withCustomer = new java.util.HashSet<>();

  public QuoteBook(InMemoryEventStore store) {
    this.store = store;
    this.quotes = new QuoteService(new CommandService(store), new InMemoryQuoteNumbers(), new InMemoryQuotePolicies(),
        new CustomerStandings(store));
    this.customers = new CustomerBook(store);
  }

  public QuoteBook() {
    this(new InMemoryEventStore());
  }

  public InMemoryEventStore store() {
    return store;
  }

  /** Drafted on {@code on}, to be valid until {@code validUntil}, and not issued. */
  public Ref drafted(TenantId tenant, LocalDate on, LocalDate validUntil) {
    Ref quote = new Ref(tenant, QuoteId.of(UUID.randomUUID().toString()));
    if (withCustomer.add(tenant)) {
      customers.create(tenant, CUSTOMER);
    }
    written.add(quote);
    handle(quote, on, new DraftQuote(quote.quote(), details(validUntil), List.of(BOILER), RoundingPolicy.PER_LINE, 30));
    return quote;
  }

  /** Drafted and issued on {@code issuedOn}, valid until {@code validUntil}. */
  public Ref issued(TenantId tenant, LocalDate issuedOn, LocalDate validUntil) {
    Ref quote = drafted(tenant, issuedOn, validUntil);
    handle(quote, issuedOn, new IssueQuote(quote.quote(), issuedOn, null));
    return quote;
  }

  public void viewed(Ref quote, LocalDate on) {
    handle(quote, on, new RecordQuoteViewed(quote.quote(), at(on)));
  }

  public void accepted(Ref quote, LocalDate on) {
    handle(quote, on, new AcceptQuote(quote.quote(), at(on), on, Set.of()));
  }

  public void declined(Ref quote, LocalDate on) {
    handle(quote, on, new DeclineQuote(quote.quote(), at(on), DeclineReason.PRICE, null));
  }

  public void withdrawn(Ref quote, LocalDate on) {
    handle(quote, on, new WithdrawQuote(quote.quote(), at(on), "the customer moved house"));
  }

  public void expired(Ref quote, LocalDate on) {
    handle(quote, on, new ExpireQuote(quote.quote(), on));
  }

  public void convertedToJob(Ref quote, LocalDate on) {
    handle(quote, on, new ConvertQuoteToJob(quote.quote(), JobId.of(UUID.randomUUID().toString())));
  }

  public void revised(Ref quote, LocalDate on) {
    handle(quote, on, new ReviseQuote(quote.quote()));
  }

  /** A revised quote given a new valid-until and issued again on {@code on}. */
  public void reissued(Ref quote, LocalDate on, LocalDate validUntil) {
    handle(quote, on, new ChangeQuoteDetails(quote.quote(), details(validUntil)));
    handle(quote, on, new IssueQuote(quote.quote(), on, null));
  }

  /** The quote's events in version order, as stored and published. */
  public List<EventEnvelope> history(Ref quote) {
    return commits(quote).stream().flatMap(c -> c.events().stream()).toList();
  }

  public List<Commit> commits(Ref quote) {
    return store.read(QuoteService.streamOf(quote.tenant(), quote.quote()));
  }

  public StreamId stream(Ref quote) {
    return QuoteService.streamOf(quote.tenant(), quote.quote());
  }

  /** Every event of every quote this book wrote, quote by quote. */
  public List<EventEnvelope> everything() {
    return written.stream().flatMap(q -> history(q).stream()).toList();
  }

  private void handle(Ref quote, LocalDate on, QuoteCommand command) {
    Instant at = at(on);
    quotes.handle(quote.tenant(), command, new CommandContext(UUID.randomUUID().toString(), "test", OWNER, null, null, at,
        OptionalLong.empty()));
  }

  private static Instant at(LocalDate day) {
    return day.atTime(LocalTime.of(10, 15)).atZone(LONDON).toInstant();
  }

  private static QuoteDetails details(LocalDate validUntil) {
    return new QuoteDetails(CUSTOMER, null, "New boiler for 14 Elm Road", null, null, validUntil, null, null);
  }
}
