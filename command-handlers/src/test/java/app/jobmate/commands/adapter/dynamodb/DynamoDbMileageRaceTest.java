package app.jobmate.commands.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.memory.InMemoryTeamDirectory;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.expenses.ClaimMileage;
import app.jobmate.commands.expenses.ExpenseService;
import app.jobmate.commands.expenses.MileageClaims;
import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.Role;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseLogged;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.expenses.Journey;
import app.jobmate.events.expenses.MileageRates;
import app.jobmate.events.expenses.Vehicle;
import app.jobmate.events.values.TaxYear;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.testing.LocalDynamoDb;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Concurrent mileage claims against the real conditional puts (dynalite): the count stream appended at
 * the version read is what keeps the 10,000 cheap miles exact, without a lock.
 */
class DynamoDbMileageRaceTest {

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(TemplateTables.EVENTS);

  private static final TaxYear YEAR = new TaxYear(2026);
  private static final LocalDate DAY = LocalDate.of(2026, 9, 1);

  @Test
  void twenty_concurrent_claims_crossing_the_10000_miles_take_exactly_10000_at_45p_and_another_person_is_untouched()
      throws Exception {
    TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    UserId sam = new UserId(UUID.randomUUID().toString());
    UserId priya = new UserId(UUID.randomUUID().toString());
    EventStore store = new DynamoDbEventStore(dynamoDb.client(), TemplateTables.EVENTS.name());
    MileageClaims claims = new MileageClaims(store, new ExpenseService(new CommandService(store),
        new InMemoryTeamDirectory().with(tenant, sam, priya), (t, job) -> false));
    // Sam's 20 claims of 600 miles: 12,000 miles, so the last cheap miles are fought over
    List<ExpenseLogged> sams = race(claims, tenant, new Actor(sam, List.of(Role.STAFF)), 20, 600,
        new Actor(priya, List.of(Role.STAFF)), 5, 300);

    List<ExpenseLogged> samsClaims = sams.stream().filter(e -> e.member().equals(sam)).toList();
    List<ExpenseLogged> priyasClaims = sams.stream().filter(e -> e.member().equals(priya)).toList();
    assertThat(samsClaims).hasSize(20);
    int cheap = samsClaims.stream().mapToInt(e -> e.mileage().parts().getFirst().cheapMiles()).sum();
    int dear = samsClaims.stream().mapToInt(e -> e.mileage().parts().getFirst().dearMiles()).sum();
    long pence = samsClaims.stream().mapToLong(e -> e.amounts().gross().pence()).sum();
    assertThat(cheap).isEqualTo(10_000);
    assertThat(dear).isEqualTo(2_000);
    long asOneClaim = MileageRates.total(MileageRates.price(Vehicle.CAR_OR_VAN, 0,
        List.of(new MileageRates.Leg(DAY, 2_000), new MileageRates.Leg(DAY, 2_000), new MileageRates.Leg(DAY, 2_000),
            new MileageRates.Leg(DAY, 2_000), new MileageRates.Leg(DAY, 2_000), new MileageRates.Leg(DAY, 2_000)),
        y -> 0));
    assertThat(pence).isEqualTo(asOneClaim).isEqualTo(10_000 * 45 + 2_000 * 25);
    assertThat(claims.countOf(tenant, sam, YEAR).cheapMilesTaken()).isEqualTo(10_000);
    assertThat(priyasClaims).hasSize(5).allSatisfy(e -> assertThat(e.amounts().gross().pence()).isEqualTo(300 * 45));
    assertThat(claims.countOf(tenant, priya, YEAR).cheapMilesLeft()).isEqualTo(8_500);
  }

  private static List<ExpenseLogged> race(MileageClaims claims, TenantId tenant, Actor first, int firstClaims,
                                          int firstMiles, Actor second, int secondClaims, int secondMiles)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(firstClaims + secondClaims);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ExpenseLogged>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < firstClaims + secondClaims; i++) {
        Actor actor = i < firstClaims ? first : second;
        int miles = i < firstClaims ? firstMiles : secondMiles;
        futures.add(pool.submit(() -> {
          start.await();
          String key = UUID.randomUUID().toString();
          var result = claims.claim(tenant, new ClaimMileage(new ExpenseId(UUID.randomUUID()), null,
                  Vehicle.CAR_OR_VAN, 0, List.of(new Journey(DAY, "Depot", "Site", "Installation", miles)), null, null,
                  actor),
              new CommandContext(key, "sha256:" + key, actor, null, null, Instant.parse("2026-09-02T08:00:00Z"),
                  OptionalLong.empty()));
          return (ExpenseLogged) EventCodec.standard().decode(result.events()).getFirst();
        }));
      }
      start.countDown();
      List<ExpenseLogged> logged = new ArrayList<>();
      for (Future<ExpenseLogged> f : futures) {
        logged.add(f.get());
      }
      return logged;
    } finally {
      pool.shutdownNow();
    }
  }
}
