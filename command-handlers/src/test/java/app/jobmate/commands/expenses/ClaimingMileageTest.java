package app.jobmate.commands.expenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.adapter.memory.InMemoryTeamDirectory;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.Commit;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.expenses.ExpenseCommand.RefuseExpense;
import app.jobmate.commands.expenses.ExpenseCommand.SubmitExpense;
import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.Role;
import app.jobmate.events.StreamId;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseLogged;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.expenses.Journey;
import app.jobmate.events.expenses.MileageRates;
import app.jobmate.events.expenses.Vehicle;
import app.jobmate.events.values.TaxYear;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Mileage claims through the command side: priced from the claimant's count, kept exact across claims. */
class ClaimingMileageTest {

  static final TenantId ACME = TenantId.of("acme-plumbing");
  static final UserId SAM = UserId.of("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
  static final UserId PRIYA = UserId.of("d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a");
  static final Actor SAM_STAFF = new Actor(SAM, List.of(Role.STAFF));
  static final Actor OWNER = new Actor(UserId.of("6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807"), List.of(Role.OWNER));
  static final Instant NOW = Instant.parse("2027-04-20T08:00:00Z");
  static final LocalDate JUNE = LocalDate.of(2026, 6, 1);
  static final TaxYear Y2026 = new TaxYear(2026);
  static final TaxYear Y2027 = new TaxYear(2027);

  private final Crashing store = new Crashing(new InMemoryEventStore());
  private final ExpenseService expenses = new ExpenseService(new CommandService(store),
      new InMemoryTeamDirectory().with(ACME, SAM, PRIYA, OWNER.userId()), (tenant, job) -> false);
  private final MileageClaims claims = new MileageClaims(store, expenses);

  static ExpenseId newExpense() {
    return new ExpenseId(UUID.randomUUID());
  }

  static Journey journey(LocalDate date, int miles) {
    return new Journey(date, "Depot, Leeds", "4 Elm Road, Harrogate", "Boiler service", miles);
  }

  static CommandContext context(Actor actor, String key) {
    return new CommandContext(key, "sha256:" + key, actor, null, null, NOW, OptionalLong.empty());
  }

  private ExpenseLogged claim(Actor actor, UserId member, Vehicle vehicle, int passengers, Journey... journeys) {
    return claim(newExpense(), actor, member, vehicle, passengers, UUID.randomUUID().toString(), journeys);
  }

  private ExpenseLogged claim(ExpenseId expense, Actor actor, UserId member, Vehicle vehicle, int passengers, String key,
                              Journey... journeys) {
    CommandResult result = claims.claim(ACME, new ClaimMileage(expense, member, vehicle, passengers, List.of(journeys),
        null, null, actor), context(actor, key));
    return (ExpenseLogged) EventCodec.standard().decode(result.events()).getFirst();
  }

  @Test
  void a_car_claim_is_priced_at_45p_a_mile_outside_the_scope_of_vat_and_owed_to_the_driver() {
    ExpenseLogged logged = claim(SAM_STAFF, null, Vehicle.CAR_OR_VAN, 1, journey(JUNE, 100), journey(JUNE.plusDays(2), 20));

    assertThat(logged.mileage().parts()).containsExactly(MileageRates.carPart(Y2026, 120, 0, 1));
    assertThat(logged.amounts().gross().pence()).isEqualTo(120 * 45 + 120 * 5);
    assertThat(logged.amounts().vatCode()).isEqualTo(VatCode.OUTSIDE_SCOPE);
    assertThat(logged.amounts().vat().pence()).isZero();
    assertThat(logged.member()).isEqualTo(SAM);
    assertThat(logged.date()).isEqualTo(JUNE.plusDays(2));
    assertThat(logged.supplier()).isEqualTo(MileageClaims.SUPPLIER);
  }

  @Test
  void a_claim_that_crosses_the_10000_miles_is_split_and_the_next_is_all_at_25p() {
    claim(SAM_STAFF, null, Vehicle.CAR_OR_VAN, 0, journey(JUNE, 2_000), journey(JUNE, 2_000), journey(JUNE, 2_000),
        journey(JUNE, 2_000), journey(JUNE, 1_900));

    ExpenseLogged crossing = claim(SAM_STAFF, null, Vehicle.CAR_OR_VAN, 0, journey(JUNE.plusDays(1), 300));
    ExpenseLogged after = claim(SAM_STAFF, null, Vehicle.CAR_OR_VAN, 0, journey(JUNE.plusDays(2), 10));

    assertThat(crossing.mileage().parts()).containsExactly(MileageRates.carPart(Y2026, 100, 200, 0));
    assertThat(crossing.amounts().gross().pence()).isEqualTo(100 * 45 + 200 * 25);
    assertThat(after.amounts().gross().pence()).isEqualTo(10 * 25);
    assertThat(claims.countOf(ACME, SAM, Y2026).cheapMilesLeft()).isZero();
  }

  @Test
  void a_claim_across_the_fifth_of_april_counts_each_part_in_its_own_tax_year() {
    claim(SAM_STAFF, null, Vehicle.CAR_OR_VAN, 0, journey(LocalDate.of(2027, 3, 1), 2_000),
        journey(LocalDate.of(2027, 3, 2), 2_000), journey(LocalDate.of(2027, 3, 3), 2_000),
        journey(LocalDate.of(2027, 3, 4), 2_000), journey(LocalDate.of(2027, 3, 5), 1_950));

    ExpenseLogged across = claim(SAM_STAFF, null, Vehicle.CAR_OR_VAN, 0, journey(LocalDate.of(2027, 4, 5), 80),
        journey(LocalDate.of(2027, 4, 6), 80));

    assertThat(across.mileage().parts()).containsExactly(MileageRates.carPart(Y2026, 50, 30, 0),
        MileageRates.carPart(Y2027, 80, 0, 0));
    assertThat(claims.countOf(ACME, SAM, Y2026).cheapMilesLeft()).isZero();
    assertThat(claims.countOf(ACME, SAM, Y2027).cheapMilesLeft()).isEqualTo(9_920);
    // the earlier year first: its count was appended before the later year's
    List<Commit> earlier = store.inner.read(MileageClaims.countStreamOf(ACME, SAM, Y2026));
    List<Commit> later = store.inner.read(MileageClaims.countStreamOf(ACME, SAM, Y2027));
    assertThat(store.appended.indexOf(earlier.getLast().stream().key() + "#" + earlier.size()))
        .isLessThan(store.appended.indexOf(later.getLast().stream().key() + "#" + later.size()));
  }

  @Test
  void two_peoples_claims_are_counted_apart() {
    claim(SAM_STAFF, null, Vehicle.CAR_OR_VAN, 0, journey(JUNE, 2_000), journey(JUNE, 2_000), journey(JUNE, 2_000),
        journey(JUNE, 2_000), journey(JUNE, 2_000));

    ExpenseLogged priyas = claim(OWNER, PRIYA, Vehicle.CAR_OR_VAN, 0, journey(JUNE, 100));

    assertThat(priyas.member()).isEqualTo(PRIYA);
    assertThat(priyas.amounts().gross().pence()).isEqualTo(100 * 45);
    assertThat(claims.countOf(ACME, PRIYA, Y2026).cheapMilesLeft()).isEqualTo(9_900);
  }

  @Test
  void motorcycle_and_bicycle_miles_are_at_their_own_rates_and_not_counted() {
    ExpenseLogged motorcycle = claim(SAM_STAFF, null, Vehicle.MOTORCYCLE, 0, journey(JUNE, 100));
    ExpenseLogged bicycle = claim(SAM_STAFF, null, Vehicle.BICYCLE, 0, journey(JUNE, 10));

    assertThat(motorcycle.amounts().gross().pence()).isEqualTo(100 * 24);
    assertThat(bicycle.amounts().gross().pence()).isEqualTo(10 * 20);
    assertThat(store.inner.read(MileageClaims.countStreamOf(ACME, SAM, Y2026))).isEmpty();
  }

  @Test
  void staff_claim_only_their_own_miles_and_nothing_is_counted_when_they_try_another() {
    Rejection rejection = catchThrowableOfType(Rejection.class,
        () -> claim(SAM_STAFF, PRIYA, Vehicle.CAR_OR_VAN, 0, journey(JUNE, 100)));

    assertThat(rejection.code()).isEqualTo("expense.forbidden");
    assertThat(store.inner.read(MileageClaims.countStreamOf(ACME, PRIYA, Y2026))).isEmpty();
  }

  @Test
  void a_refused_claim_releases_its_miles_for_the_next_claim() {
    ExpenseId expense = newExpense();
    claim(expense, SAM_STAFF, null, Vehicle.CAR_OR_VAN, 0, "k1", journey(JUNE, 2_000), journey(JUNE, 2_000),
        journey(JUNE, 2_000), journey(JUNE, 2_000), journey(JUNE, 2_000));
    expenses.handle(ACME, new SubmitExpense(expense, NOW, SAM_STAFF), context(SAM_STAFF, "k2"));
    RefuseExpense refuse = new RefuseExpense(expense, NOW, "Not business miles", OWNER);
    expenses.handle(ACME, refuse, context(OWNER, "k3"));
    claims.settle(ACME, refuse, context(OWNER, "k3"));
    claims.settle(ACME, refuse, context(OWNER, "k3"));

    assertThat(claims.countOf(ACME, SAM, Y2026).cheapMilesLeft()).isEqualTo(10_000);
    assertThat(claim(SAM_STAFF, null, Vehicle.CAR_OR_VAN, 0, journey(JUNE, 100)).amounts().gross().pence())
        .isEqualTo(100 * 45);
  }

  @Test
  void a_claim_whose_expense_was_not_logged_after_its_count_is_completed_by_a_retry_under_its_key() {
    ExpenseId expense = newExpense();
    claim(SAM_STAFF, null, Vehicle.CAR_OR_VAN, 0, journey(JUNE, 9_950 / 5), journey(JUNE, 9_950 / 5),
        journey(JUNE, 9_950 / 5), journey(JUNE, 9_950 / 5), journey(JUNE, 9_950 / 5));
    store.crashOnce(ExpenseService.streamOf(ACME, expense));

    assertThat(catchThrowableOfType(IllegalStateException.class,
        () -> claim(expense, SAM_STAFF, null, Vehicle.CAR_OR_VAN, 0, "retried", journey(JUNE, 100))))
        .hasMessageContaining("crash");
    assertThat(claims.countOf(ACME, SAM, Y2026).standing()).containsKey(expense.value());
    claim(SAM_STAFF, null, Vehicle.CAR_OR_VAN, 0, journey(JUNE, 20));
    ExpenseLogged completed = claim(expense, SAM_STAFF, null, Vehicle.CAR_OR_VAN, 0, "retried", journey(JUNE, 100));

    // the split counted before the crash (50 at 45p), not one taken again after the later claim
    assertThat(completed.mileage().parts()).containsExactly(MileageRates.carPart(Y2026, 50, 50, 0));
    assertThat(claims.countOf(ACME, SAM, Y2026).cheapMilesTaken()).isEqualTo(10_000);
  }

  @Test
  void a_claim_under_an_expense_id_another_request_logged_is_refused_and_counts_nothing_more() {
    ExpenseId expense = newExpense();
    claim(expense, SAM_STAFF, null, Vehicle.CAR_OR_VAN, 0, "first", journey(JUNE, 100));

    Rejection rejection = catchThrowableOfType(Rejection.class,
        () -> claim(expense, SAM_STAFF, null, Vehicle.CAR_OR_VAN, 0, "second", journey(JUNE, 300)));

    assertThat(rejection.code()).isEqualTo("expense.already-exists");
    assertThat(claims.countOf(ACME, SAM, Y2026).cheapMilesTaken()).isEqualTo(100);
  }

  @Test
  void a_mileage_draft_is_not_changed_as_a_plain_expense() {
    ExpenseId expense = newExpense();
    claim(expense, SAM_STAFF, null, Vehicle.CAR_OR_VAN, 0, "first", journey(JUNE, 100));

    Rejection rejection = catchThrowableOfType(Rejection.class, () -> expenses.handle(ACME,
        new ExpenseCommand.ChangeExpense(expense, ExpenseLifeCycleTest.PAID_BY_SAM, SAM_STAFF), context(SAM_STAFF, "c")));

    assertThat(rejection.code()).isEqualTo("expense.mileage-not-changed");
  }

  private ExpenseDetails change(ExpenseId expense, Actor actor, Vehicle vehicle, int passengers, String key,
                                Journey... journeys) {
    claims.change(ACME, new ClaimMileage(expense, null, vehicle, passengers, List.of(journeys), "Changed", null, actor),
        context(actor, key));
    return ((ExpenseState.Existing) expenseState(expense)).expense().details();
  }

  private ExpenseState expenseState(ExpenseId expense) {
    ExpenseState state = ExpenseDecider.INSTANCE.initialState();
    for (Commit commit : store.read(ExpenseService.streamOf(ACME, expense))) {
      for (var event : EventCodec.standard().decode(commit.events())) {
        state = ExpenseDecider.INSTANCE.evolve(state, (app.jobmate.events.expenses.ExpenseEvent) event);
      }
    }
    return state;
  }

  private void nineThousandNineHundredMiles() {
    claim(SAM_STAFF, null, Vehicle.CAR_OR_VAN, 0, journey(JUNE, 2_000), journey(JUNE, 2_000), journey(JUNE, 2_000),
        journey(JUNE, 2_000), journey(JUNE, 1_900));
  }

  @Test
  void a_draft_claim_s_journeys_are_changed_and_priced_again_from_the_count() {
    nineThousandNineHundredMiles();
    ExpenseId expense = newExpense();
    claim(expense, SAM_STAFF, null, Vehicle.CAR_OR_VAN, 0, "first", journey(JUNE.plusDays(1), 50));

    ExpenseDetails longer = change(expense, SAM_STAFF, Vehicle.CAR_OR_VAN, 1, "longer", journey(JUNE.plusDays(1), 50),
        journey(JUNE.plusDays(3), 250));
    int takenAfterLonger = claims.countOf(ACME, SAM, Y2026).cheapMilesTaken();
    ExpenseDetails back = change(expense, OWNER, Vehicle.CAR_OR_VAN, 0, "back", journey(JUNE.plusDays(1), 50));

    assertThat(longer.mileage().parts()).containsExactly(MileageRates.carPart(Y2026, 100, 200, 1));
    assertThat(longer.amounts().gross().pence()).isEqualTo(100 * 45 + 200 * 25 + 300 * 5);
    assertThat(longer.date()).isEqualTo(JUNE.plusDays(3));
    assertThat(longer.description()).isEqualTo("Changed");
    assertThat(takenAfterLonger).isEqualTo(10_000);
    assertThat(back.mileage().parts()).containsExactly(MileageRates.carPart(Y2026, 50, 0, 0));
    assertThat(back.member()).as("the claim stays the driver's when an owner changes it").isEqualTo(SAM);
    assertThat(claims.countOf(ACME, SAM, Y2026).cheapMilesTaken()).isEqualTo(9_950);
    assertThat(claims.countOf(ACME, SAM, Y2026).standing().get(expense.value()).miles()).isEqualTo(50);
  }

  @Test
  void a_year_the_changed_claim_no_longer_touches_is_released_and_a_bicycle_releases_every_year() {
    ExpenseId expense = newExpense();
    claim(expense, SAM_STAFF, null, Vehicle.CAR_OR_VAN, 0, "first", journey(LocalDate.of(2027, 4, 5), 80),
        journey(LocalDate.of(2027, 4, 6), 80));

    ExpenseDetails earlierOnly = change(expense, SAM_STAFF, Vehicle.CAR_OR_VAN, 0, "earlier",
        journey(LocalDate.of(2027, 4, 5), 120));
    boolean laterReleased = !claims.countOf(ACME, SAM, Y2027).standing().containsKey(expense.value());
    ExpenseDetails bicycle = change(expense, SAM_STAFF, Vehicle.BICYCLE, 0, "bike",
        journey(LocalDate.of(2027, 4, 5), 120));

    assertThat(earlierOnly.mileage().parts()).containsExactly(MileageRates.carPart(Y2026, 120, 0, 0));
    assertThat(laterReleased).isTrue();
    assertThat(bicycle.mileage().parts()).containsExactly(MileageRates.flatPart(Vehicle.BICYCLE, Y2026, 120));
    assertThat(claims.countOf(ACME, SAM, Y2026).standing()).doesNotContainKey(expense.value());
    assertThat(claims.countOf(ACME, SAM, Y2026).cheapMilesTaken()).isZero();
  }

  @Test
  void a_change_nobody_may_make_is_refused_before_anything_is_counted() {
    ExpenseId submitted = newExpense();
    claim(submitted, SAM_STAFF, null, Vehicle.CAR_OR_VAN, 0, "s1", journey(JUNE, 100));
    expenses.handle(ACME, new SubmitExpense(submitted, NOW, SAM_STAFF), context(SAM_STAFF, "s2"));
    ExpenseId priyas = newExpense();
    Actor priya = new Actor(PRIYA, List.of(Role.STAFF));
    claim(priyas, priya, null, Vehicle.CAR_OR_VAN, 0, "p1", journey(JUNE, 100));
    ExpenseId plain = newExpense();
    expenses.handle(ACME, new ExpenseCommand.LogExpense(plain, ExpenseLifeCycleTest.PAID_BY_SAM, SAM_STAFF),
        context(SAM_STAFF, "plain"));
    int before = store.appended.size();

    Rejection notDraft = catchThrowableOfType(Rejection.class, () -> change(submitted, SAM_STAFF, Vehicle.CAR_OR_VAN, 0,
        "c1", journey(JUNE, 500)));
    Rejection notTheirs = catchThrowableOfType(Rejection.class, () -> change(priyas, SAM_STAFF, Vehicle.CAR_OR_VAN, 0,
        "c2", journey(JUNE, 500)));
    Rejection notMileage = catchThrowableOfType(Rejection.class, () -> change(plain, SAM_STAFF, Vehicle.CAR_OR_VAN, 0,
        "c3", journey(JUNE, 500)));
    Rejection unknown = catchThrowableOfType(Rejection.class, () -> change(newExpense(), OWNER, Vehicle.CAR_OR_VAN, 0,
        "c4", journey(JUNE, 500)));

    assertThat(notDraft.code()).isEqualTo("expense.not-draft");
    assertThat(notTheirs.code()).isEqualTo("expense.not-found");
    assertThat(notMileage.code()).isEqualTo("expense.not-a-mileage-claim");
    assertThat(unknown.code()).isEqualTo("expense.not-found");
    assertThat(store.appended).hasSize(before);
  }

  @Test
  void a_change_whose_draft_was_submitted_while_it_counted_is_refused_and_the_count_put_back() {
    nineThousandNineHundredMiles();
    ExpenseId expense = newExpense();
    claim(expense, SAM_STAFF, null, Vehicle.CAR_OR_VAN, 0, "first", journey(JUNE.plusDays(1), 50));
    store.beforeNextAppendTo(ExpenseService.streamOf(ACME, expense),
        () -> expenses.handle(ACME, new SubmitExpense(expense, NOW, SAM_STAFF), context(SAM_STAFF, "submit")));

    Rejection refused = catchThrowableOfType(Rejection.class, () -> change(expense, SAM_STAFF, Vehicle.CAR_OR_VAN, 0,
        "late", journey(JUNE.plusDays(1), 400)));

    assertThat(refused.code()).isEqualTo("expense.not-draft");
    assertThat(claims.countOf(ACME, SAM, Y2026).standing().get(expense.value()).miles()).isEqualTo(50);
    assertThat(claims.countOf(ACME, SAM, Y2026).cheapMilesTaken()).isEqualTo(9_950);
    assertThat(expenseState(expense)).isInstanceOf(ExpenseState.Submitted.class);
  }

  @Test
  void a_change_retried_under_its_key_answers_again_and_counts_nothing_more() {
    ExpenseId expense = newExpense();
    claim(expense, SAM_STAFF, null, Vehicle.CAR_OR_VAN, 0, "first", journey(JUNE, 100));
    change(expense, SAM_STAFF, Vehicle.CAR_OR_VAN, 0, "change", journey(JUNE, 300));
    change(expense, SAM_STAFF, Vehicle.CAR_OR_VAN, 0, "again", journey(JUNE, 200));
    int appended = store.appended.size();

    ExpenseDetails replayed = change(expense, SAM_STAFF, Vehicle.CAR_OR_VAN, 0, "change", journey(JUNE, 300));

    assertThat(store.appended).hasSize(appended);
    assertThat(replayed.mileage().parts()).containsExactly(MileageRates.carPart(Y2026, 200, 0, 0));
  }

  /** The event store, crashing once on the next append to a stream: the process dies before that write. */
  static final class Crashing implements EventStore {
    final EventStore inner;
    final List<String> appended = new ArrayList<>();
    private StreamId crashOn;
    private StreamId interruptOn;
    private Runnable interruption;

    /** Runs {@code meanwhile} just before the next append to {@code stream}, as another request would. */
    void beforeNextAppendTo(StreamId stream, Runnable meanwhile) {
      interruptOn = stream;
      interruption = meanwhile;
    }

    Crashing(EventStore inner) {
      this.inner = inner;
    }

    void crashOnce(StreamId stream) {
      crashOn = stream;
    }

    @Override
    public List<Commit> read(StreamId stream) {
      return inner.read(stream);
    }

    @Override
    public synchronized AppendResult append(Commit commit) {
      if (commit.stream().equals(interruptOn)) {
        interruptOn = null;
        interruption.run();
      }
      if (commit.stream().equals(crashOn)) {
        crashOn = null;
        throw new IllegalStateException("crash before appending to " + commit.stream());
      }
      AppendResult result = inner.append(commit);
      appended.add(commit.stream().key() + "#" + commit.number());
      return result;
    }
  }
}
