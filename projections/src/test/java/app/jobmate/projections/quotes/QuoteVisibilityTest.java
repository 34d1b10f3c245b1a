package app.jobmate.projections.quotes;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.query.NotAllowed;
import app.jobmate.projections.query.Viewer;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Staff see no prices: quotes are for owners and admins. */
class QuoteVisibilityTest {

  private static Viewer with(Role... roles) {
    return new Viewer(TenantId.of("t-acme"), UserId.of("u-1"), Set.of(roles));
  }

  @Test
  void owners_and_admins_see_quotes() {
    assertThatCode(() -> QuoteVisibility.requireMaySeeQuotes(with(Role.OWNER))).doesNotThrowAnyException();
    assertThatCode(() -> QuoteVisibility.requireMaySeeQuotes(with(Role.ADMIN))).doesNotThrowAnyException();
  }

  @Test
  void staff_and_people_without_a_role_see_none() {
    assertThatThrownBy(() -> QuoteVisibility.requireMaySeeQuotes(with(Role.STAFF))).isInstanceOf(NotAllowed.class)
        .hasMessage("only owner or admin may see quotes and their prices");
    assertThatThrownBy(() -> QuoteVisibility.requireMaySeeQuotes(with())).isInstanceOf(NotAllowed.class);
  }
}
