package app.jobmate.commands.expenses;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.Commit;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.expenses.ExpenseCommand.ChangeMileageClaim;
import app.jobmate.commands.expenses.ExpenseCommand.LogExpense;
import app.jobmate.commands.expenses.ExpenseCommand.RefuseExpense;
import app.jobmate.commands.mileage.MileageCount;
import app.jobmate.commands.mileage.MileageCountCommand.CountMiles;
import app.jobmate.commands.mileage.MileageCountCommand.ReleaseMiles;
import app.jobmate.commands.mileage.MileageCountDecider;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import app.jobmate.events.expenses.AmountEntered;
import app.jobmate.events.expenses.ExpenseAmounts;
import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.ExpenseEvent;
import app.jobmate.events.mileage.MileageEvents;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.expenses.ExpensePricing;
import app.jobmate.events.expenses.Journey;
import app.jobmate.events.expenses.MileageClaim;
import app.jobmate.events.mileage.MileageEvent;
import app.jobmate.events.mileage.MileageEvent.MileageCounted;
import app.jobmate.events.expenses.MileageRates;
import app.jobmate.events.expenses.PaidBy;
import app.jobmate.events.expenses.Vehicle;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.TaxYear;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Mileage claims as a process over the claimant's count streams and the expense's
 * (docs/decisions/mileage-threshold.md). A car or van claim counts its miles in each tax year its
 * journeys fall in, the earlier year first, each count appended at the version read (a concurrent
 * claim makes it read again and take what is left, a bounded number of times); then the expense is
 * logged with the parts the counts decided. Every step is idempotent under the request's
 * Idempotency-Key and the expense's id, so a retry after a crash between the appends completes the
 * claim with the split first counted. A refused mileage expense releases its counts.
 */
public final class MileageClaims {

  /** The supplier line of a mileage expense: the business pays its own member back. */
  public static final String SUPPLIER = "Mileage allowance";
  /** Attempts at a count before answering 409: each lost attempt means another claim was counted. */
  static final int COUNT_ATTEMPTS = 40;

  private final EventStore store;
  private final ExpenseService expenses;
  private final CommandService counts;
  private final EventCodec codec = EventCodec.standard();

  public MileageClaims(EventStore store, ExpenseService expenses) {
    this.store = store;
    this.expenses = expenses;
    this.counts = new CommandService(store, codec, COUNT_ATTEMPTS);
  }

  public static StreamId countStreamOf(TenantId tenant, UserId member, TaxYear year) {
    return new StreamId(tenant, MileageEvents.STREAM, MileageEvents.streamId(member, year));
  }

  /** Counts the claim's miles and logs it as a draft mileage expense; answers as logging an expense does. */
  public CommandResult claim(TenantId tenant, ClaimMileage claim, CommandContext context) {
    UserId member = claim.claimant();
    expenses.checkMember(tenant, member, claim.actor());
    expenses.checkJob(tenant, claim.jobId());
    List<Commit> logged = store.read(ExpenseService.streamOf(tenant, claim.expenseId()));
    if (!logged.isEmpty() && logged.stream().noneMatch(c -> c.commandId().equals(context.commandId()))) {
      // counting again for an expense logged by another request would change a claim already priced
      throw Rejection.conflict("expense.already-exists", "expense " + claim.expenseId() + " already exists");
    }
    List<MileageRates.Part> parts = countAgain(tenant, claim.expenseId(), member, claim.vehicle(), claim.passengers(),
        claim.journeys(), null, context, "mileage");
    return expenses.handle(tenant, new LogExpense(claim.expenseId(), details(claim, member, parts), claim.actor()),
        context);
  }

  /**
   * Changes a draft mileage claim's journeys, vehicle, passengers, description or job, priced again: the
   * claim stays its member's ({@code asked.member()} is not read), whoever changes it. Refused before
   * anything is counted when the expense could not be changed so (not found or not theirs, not a draft,
   * not a mileage claim). Then each tax year of the new journeys is counted again at its new miles (the
   * count releases the old miles and takes what is left, in one commit), the earlier year first, and a
   * year the claim no longer touches is released; then {@code ExpenseChanged} carries the new claim. If
   * that append is refused (the draft was submitted in between), the counts are put back to what the
   * expense still says, so the count and the expense never disagree for long. Idempotent under the
   * request's key as claiming is.
   */
  public CommandResult change(TenantId tenant, ClaimMileage asked, CommandContext context) {
    ExpenseId expenseId = asked.expenseId();
    if (store.read(ExpenseService.streamOf(tenant, expenseId)).stream()
        .anyMatch(c -> c.commandId().equals(context.commandId()))) {
      // a retry of a change already made: its answer again, nothing counted again
      return expenses.handle(tenant, new ChangeMileageClaim(expenseId, detailsOf(expenseState(tenant, expenseId),
          expenseId), asked.actor()), context);
    }
    ExpenseDetails before = detailsOf(expenseState(tenant, expenseId), expenseId);
    // the decider's own refusals, asked with the claim as it stands: nothing is counted for a change it refuses
    ExpenseDecider.INSTANCE.decide(new ChangeMileageClaim(expenseId, before, asked.actor()),
        expenseState(tenant, expenseId));
    expenses.checkJob(tenant, asked.jobId());
    UserId member = before.member();
    List<MileageRates.Part> parts = countAgain(tenant, expenseId, member, asked.vehicle(), asked.passengers(),
        asked.journeys(), before.mileage(), context, "mileage");
    try {
      return expenses.handle(tenant, new ChangeMileageClaim(expenseId, details(asked, member, parts), asked.actor()),
          context);
    } catch (Rejection refused) {
      ExpenseState now = expenseState(tenant, expenseId);
      MileageClaim standing = now instanceof ExpenseState.Existing e ? e.expense().details().mileage() : null;
      if (standing != null) {
        countAgain(tenant, expenseId, member, standing.vehicle(), standing.passengers(), standing.journeys(),
            asked.vehicle() == Vehicle.CAR_OR_VAN ? claimedWith(asked, parts) : null, context, "mileage-restore");
      }
      throw refused;
    }
  }

  private static ExpenseDetails detailsOf(ExpenseState state, ExpenseId expenseId) {
    if (state instanceof ExpenseState.Existing existing) {
      return existing.expense().details();
    }
    throw ExpenseDecider.notFound(expenseId);
  }

  private static MileageClaim claimedWith(ClaimMileage asked, List<MileageRates.Part> parts) {
    return new MileageClaim(asked.vehicle(), asked.passengers(), asked.journeys(), parts);
  }

  /**
   * Counts the journeys' miles in each tax year they fall in (a car or van's), the earlier year first,
   * and releases the count of every year {@code before} counted that they no longer touch; the parts
   * priced from what each count decided.
   */
  private List<MileageRates.Part> countAgain(TenantId tenant, ExpenseId expenseId, UserId member, Vehicle vehicle,
                                             int passengers, List<Journey> journeys, MileageClaim before,
                                             CommandContext context, String step) {
    Map<TaxYear, Integer> years = MileageClaim.milesByTaxYear(journeys);
    List<MileageRates.Part> parts = new ArrayList<>();
    for (Map.Entry<TaxYear, Integer> year : years.entrySet()) {
      parts.add(switch (vehicle) {
        case CAR_OR_VAN -> {
          MileageCounted counted = count(tenant, member, year.getKey(), new CountMiles(expenseId, member,
              year.getValue()), context, step);
          yield MileageRates.carPart(year.getKey(), counted.cheapMiles(), counted.dearMiles(), passengers);
        }
        case MOTORCYCLE, BICYCLE -> MileageRates.flatPart(vehicle, year.getKey(), year.getValue());
      });
    }
    if (before != null && before.vehicle() == Vehicle.CAR_OR_VAN) {
      for (MileageRates.Part part : before.parts()) {
        if (vehicle != Vehicle.CAR_OR_VAN || !years.containsKey(part.taxYear())) {
          counts.handle(countStreamOf(tenant, member, part.taxYear()), new ReleaseMiles(expenseId, member),
              onCount(context, step + "-release", part.taxYear()), new MileageCountDecider(part.taxYear()));
        }
      }
    }
    return parts;
  }

  private static ExpenseDetails details(ClaimMileage claim, UserId member, List<MileageRates.Part> parts) {
    MileageClaim priced = new MileageClaim(claim.vehicle(), claim.passengers(), claim.journeys(), parts);
    ExpenseAmounts amounts = ExpensePricing.of(VatCode.OUTSIDE_SCOPE, AmountEntered.NET, Money.ofPence(priced.pence()),
        priced.lastDay());
    return new ExpenseDetails(priced.lastDay(), SUPPLIER, claim.description(), ExpenseCategory.MILEAGE, amounts,
        PaidBy.MEMBER, member, claim.jobId(), priced);
  }

  /**
   * What an expense command leaves to the counts, run after it: a refused car or van claim's miles are
   * released (they were not paid, so they do not use up the claimant's 45p miles). Idempotent: a retry
   * of the refusal completes a release a crash cut short.
   */
  public void settle(TenantId tenant, ExpenseCommand command, CommandContext context) {
    if (!(command instanceof RefuseExpense)) {
      return;
    }
    ExpenseState state = expenseState(tenant, command.expenseId());
    if (state instanceof ExpenseState.Refused refused && refused.expense().details().mileage() != null
        && refused.expense().details().mileage().vehicle() == Vehicle.CAR_OR_VAN) {
      ExpenseDetails details = refused.expense().details();
      for (MileageRates.Part part : details.mileage().parts()) {
        counts.handle(countStreamOf(tenant, details.member(), part.taxYear()),
            new ReleaseMiles(command.expenseId(), details.member()), onCount(context, "mileage", part.taxYear()),
            new MileageCountDecider(part.taxYear()));
      }
    }
  }

  /** The member's count in the tax year, as its stream says. */
  public MileageCount countOf(TenantId tenant, UserId member, TaxYear year) {
    return fold(new MileageCountDecider(year), MileageCount.none(), read(countStreamOf(tenant, member, year)),
        MileageEvent.class);
  }

  private MileageCounted count(TenantId tenant, UserId member, TaxYear year, CountMiles command,
                               CommandContext context, String step) {
    counts.handle(countStreamOf(tenant, member, year), command, onCount(context, step, year),
        new MileageCountDecider(year));
    MileageCounted counted = countOf(tenant, member, year).standing().get(command.expenseId().value());
    if (counted == null || counted.miles() != command.miles()) {
      // this request's count, replayed under its key, was changed since by another request's
      throw Rejection.conflict("command.concurrent-update", "the claim's count in " + year + " was changed by "
          + "another request meanwhile; read the expense again and send the change with a new Idempotency-Key");
    }
    return counted;
  }

  /** The count step's own key under the request's: {@code <key>:<step>:<start year>}. */
  private static CommandContext onCount(CommandContext context, String step, TaxYear year) {
    return new CommandContext(context.commandId() + ":" + step + ":" + year.startYear(), context.payloadHash(),
        context.actor(), context.correlationId(), context.commandId(), context.receivedAt(), OptionalLong.empty());
  }

  private ExpenseState expenseState(TenantId tenant, ExpenseId expense) {
    return fold(ExpenseDecider.INSTANCE, ExpenseDecider.INSTANCE.initialState(),
        read(ExpenseService.streamOf(tenant, expense)), ExpenseEvent.class);
  }

  private List<DomainEvent> read(StreamId stream) {
    List<EventEnvelope> stored = new ArrayList<>();
    store.read(stream).forEach(c -> stored.addAll(c.events()));
    return codec.decode(stored);
  }

  private static <S, E extends DomainEvent> S fold(app.jobmate.commands.core.Decider<?, S, E> decider, S initial,
                                                   List<DomainEvent> history, Class<E> type) {
    S state = initial;
    for (DomainEvent event : history) {
      state = decider.evolve(state, type.cast(event));
    }
    return state;
  }
}
