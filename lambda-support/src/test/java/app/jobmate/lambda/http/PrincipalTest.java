package app.jobmate.lambda.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrincipalTest {

  @Test
  void groups_arrive_as_http_apis_flatten_them() {
    assertThat(Principal.parseGroups("[owner admin]")).containsExactlyInAnyOrder(Role.OWNER, Role.ADMIN);
    assertThat(Principal.parseGroups("[\"staff\"]")).containsExactly(Role.STAFF);
    assertThat(Principal.parseGroups("admin,staff")).containsExactlyInAnyOrder(Role.ADMIN, Role.STAFF);
    assertThat(Principal.parseGroups(null)).isEmpty();
  }

  @Test
  void groups_that_are_not_roles_are_ignored() {
    assertThat(Principal.parseGroups("[eu-west-2_Pool_Google superuser owner]")).containsExactly(Role.OWNER);
  }

  @Test
  void the_tenant_and_user_come_from_the_claims() {
    Principal principal = Principal.fromClaims(Map.of("sub", "u-1", "custom:tenant_id", "t-acme", "cognito:groups", "[staff]"));

    assertThat(principal.tenantId()).isEqualTo(TenantId.of("t-acme"));
    assertThat(principal.roles()).isEqualTo(Set.of(Role.STAFF));
    assertThat(principal.actor().roles()).containsExactly(Role.STAFF);
  }

  @Test
  void claims_without_a_tenant_or_with_a_malformed_one_are_401() {
    assertThatThrownBy(() -> Principal.fromClaims(Map.of("sub", "u-1")))
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(401));
    assertThatThrownBy(() -> Principal.fromClaims(Map.of("sub", "u-1", "custom:tenant_id", "t acme#1")))
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(401));
  }

  @Test
  void a_role_check_names_who_may() {
    Principal staff = Principal.fromClaims(Map.of("sub", "u-1", "custom:tenant_id", "t-acme", "cognito:groups", "[staff]"));

    assertThatThrownBy(() -> staff.requireAny("issue quotes", Role.OWNER, Role.ADMIN))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.problem().status()).isEqualTo(403);
          assertThat(e.problem().detail()).isEqualTo("only owner or admin may issue quotes");
        });
  }
}
