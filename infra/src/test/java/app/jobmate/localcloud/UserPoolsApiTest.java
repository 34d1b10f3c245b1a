package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.commands.adapter.cognito.CognitoTeamDirectory;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.localcloud.identity.UserDirectory;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/** Cognito's user pools API as the functions' SDK clients reach it, over the local user directory. */
@ExtendWith(SharedLocalCloud.class)
class UserPoolsApiTest {

  private static LocalCloud cloud;
  private static String pool;

  @BeforeAll
  static void find(LocalCloud shared) {
    cloud = shared;
    pool = shared.identity().issuer().userPoolId();
  }

  private static UserDirectory.User user(String email) {
    return cloud.identity().users().users().stream().filter(u -> u.email().equals(email)).findFirst().orElseThrow();
  }

  @Test
  void list_users_filters_on_sub_email_and_an_email_prefix() {
    UserDirectory.User sam = user("sam@acme.example");
    try (CognitoIdentityProviderClient cognito = Clients.cognito()) {
      var bySub = cognito.listUsers(r -> r.userPoolId(pool).filter("sub = \"" + sam.sub() + "\""));
      var byPrefix = cognito.listUsers(r -> r.userPoolId(pool).filter("email ^= \"s\""));

      assertThat(bySub.users()).singleElement().satisfies(u -> {
        assertThat(u.username()).isEqualTo(sam.sub());
        assertThat(u.enabled()).isTrue();
        assertThat(u.attributes()).anySatisfy(a -> {
          assertThat(a.name()).isEqualTo("custom:tenant_id");
          assertThat(a.value()).isEqualTo("t-acme");
        });
      });
      assertThat(byPrefix.users()).extracting(u -> u.attributes().stream().filter(a -> a.name().equals("email"))
          .findFirst().orElseThrow().value()).containsExactlyInAnyOrder("sam@acme.example", "sophie@acme.example");
    }
  }

  @Test
  void a_bad_filter_an_unknown_pool_and_an_unknown_user_are_cognitos_errors() {
    try (CognitoIdentityProviderClient cognito = Clients.cognito()) {
      assertThatThrownBy(() -> cognito.listUsers(r -> r.userPoolId(pool).filter("custom:tenant_id = \"t-acme\"")))
          .isInstanceOf(InvalidParameterException.class);
      assertThatThrownBy(() -> cognito.listUsers(r -> r.userPoolId("eu-west-2_nope")))
          .isInstanceOf(ResourceNotFoundException.class);
      assertThatThrownBy(() -> cognito.adminGetUser(r -> r.userPoolId(pool).username("nobody@example.com")))
          .isInstanceOf(UserNotFoundException.class);
      assertThat(cognito.adminGetUser(r -> r.userPoolId(pool).username("sam@acme.example")).username())
          .isEqualTo(user("sam@acme.example").sub());
    }
  }

  @Test
  void the_team_directory_finds_a_businesss_members_and_nobody_else() {
    try (CognitoIdentityProviderClient cognito = Clients.cognito()) {
      CognitoTeamDirectory team = new CognitoTeamDirectory(cognito, pool, Clock.systemUTC());
      TenantId acme = TenantId.of("t-acme");

      assertThat(team.isMember(acme, UserId.of(user("sam@acme.example").sub()))).isTrue();
      assertThat(team.isMember(acme, UserId.of(user("olivia@acme.example").sub()))).isTrue();
      assertThat(team.isMember(acme, UserId.of(user("ben@brightside.example").sub()))).isFalse();
      assertThat(team.isMember(acme, UserId.of("0b1c2d3e-4f50-4a6b-8c7d-8e9fa0b1c2d3"))).isFalse();
      assertThat(team.isMember(acme, UserId.of("\" or sub ^= \""))).isFalse();
    }
  }
}
