package app.jobmate.projections.resources;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.resources.Registration;
import app.jobmate.events.resources.ResourceDetails;
import app.jobmate.events.resources.ResourceEvent.ResourceAdded;
import app.jobmate.events.resources.ResourceEvent.ResourceRetired;
import app.jobmate.events.resources.ResourceKind;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.testing.ResourceStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the resource list must answer: exactly what {@link ListResources}
 * defines, over thirty resources of two tenants, some retired, several of the same name.
 */
public abstract class ResourceQueriesContract {

  private static final TenantId ACME = TenantId.of("t-acme");
  private static final Instant START = Instant.parse("2026-11-01T09:00:00Z");

  public record Fixture(ReadModels readModels, ResourceQueries queries) {
  }

  protected abstract Fixture newFixture();

  private Fixture fixture;
  private Projector projector;
  private final InMemoryEventHistory history = new InMemoryEventHistory();

  @BeforeEach
  void thirtyResources() {
    fixture = newFixture();
    projector = new Projector(fixture.readModels(), history, EventCodec.standard(), new ResourceReadSide().projections());
    for (int n = 1; n <= 30; n++) {
      add(n % 7 == 0 ? "t-other" : ACME.value(), n);
    }
  }

  private void add(String tenant, int n) {
    ResourceStream r = new ResourceStream(tenant, ResourceStream.id(n), START);
    boolean vehicle = n % 3 == 0;
    List<EventEnvelope> commit = new ArrayList<>();
    commit.add(r.append(new ResourceAdded(r.resourceId(), vehicle ? ResourceKind.VEHICLE : ResourceKind.EQUIPMENT,
        new ResourceDetails((vehicle ? "Van " : "Ladder ") + (char) ('A' + (30 - n) % 9), vehicle
            ? Registration.of("AB%02dCDE".formatted(n % 100)) : null, null, null, null, n % 2 == 0))));
    if (n % 4 == 0) {
      commit.add(r.append(new ResourceRetired(r.resourceId())));
    }
    history.append(commit);
    assertThat(projector.project(commit).allApplied()).isTrue();
  }

  private List<String> expected(ListResources query) {
    return fixture.readModels().all(ResourceProjection.NAME, Resource.class).stream().filter(query::matches)
        .sorted(ListResources.BY_NAME).map(Versioned::streamId).toList();
  }

  private List<String> listed(ListResources query) {
    return fixture.queries().list(query).stream().map(Versioned::streamId).toList();
  }

  @Test
  void every_query_answers_exactly_what_its_definition_says_in_name_order() {
    List<ListResources> queries = Stream.of(Set.<ResourceKind>of(), Set.of(ResourceKind.VEHICLE),
            Set.of(ResourceKind.EQUIPMENT), Set.of(ResourceKind.VEHICLE, ResourceKind.EQUIPMENT))
        .flatMap(kinds -> Stream.of(new ListResources(ACME, kinds, false), new ListResources(ACME, kinds, true)))
        .toList();

    assertThat(queries).allSatisfy(query -> assertThat(listed(query)).isNotEmpty().isEqualTo(expected(query)));
  }

  @Test
  void the_list_is_in_name_order_and_leaves_out_retired_ones_and_other_tenants() {
    List<Versioned<Resource>> vans = fixture.queries().list(new ListResources(ACME, Set.of(ResourceKind.VEHICLE), false));

    assertThat(vans).extracting(v -> v.document().name()).isSorted();
    assertThat(vans).allSatisfy(v -> {
      assertThat(v.tenantId()).isEqualTo(ACME);
      assertThat(v.document().retired()).isFalse();
      assertThat(v.document().kind()).isEqualTo(ResourceKind.VEHICLE);
    });
    // 3, 6, 9, 15, 18, 27, 30 less the retired (12, 24) and the other tenant's (21)
    assertThat(vans).hasSize(7);
  }

  @Test
  void a_list_longer_than_the_bound_answers_one_more_so_that_it_is_known_to_be_cut_short() {
    for (int n = 100; n < 100 + ListResources.MAX; n++) {
      add(ACME.value(), n);
    }

    assertThat(fixture.queries().list(new ListResources(ACME, Set.of(), true))).hasSize(ListResources.MAX + 1);
  }
}
