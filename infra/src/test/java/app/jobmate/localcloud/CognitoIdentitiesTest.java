package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.commands.team.Identities;
import app.jobmate.events.Role;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.identity.adapter.cognito.CognitoIdentities;
import app.jobmate.localcloud.identity.UserDirectory;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** The team's accounts in the user pool (CognitoIdentities), through the SDK client, over the local cloud's user pools API. */
@ExtendWith(SharedLocalCloud.class)
class CognitoIdentitiesTest {

  private static final TenantId ACME = TenantId.of("t-acme");
  private static LocalCloud cloud;
  private static String pool;

  @BeforeAll
  static void find(LocalCloud shared) {
    cloud = shared;
    pool = shared.identity().issuer().userPoolId();
  }

  private static EmailAddress someone() {
    return EmailAddress.of("member-" + UUID.randomUUID() + "@acme.example");
  }

  private static UserDirectory.User stored(UserId user) {
    return cloud.identity().users().find(user.value()).orElseThrow();
  }

  @Test
  void an_account_is_created_for_the_business_and_found_by_its_email_and_its_user_id() {
    try (CognitoIdentityProviderClient cognito = Clients.cognito()) {
      Identities identities = new CognitoIdentities(cognito, pool);
      EmailAddress email = someone();

      Identities.Account created = identities.create(ACME, email, "Mo Member");

      assertThat(stored(created.userId()).tenantId()).isEqualTo("t-acme");
      assertThat(identities.find(email)).contains(created);
      assertThat(identities.find(created.userId())).contains(created);
      assertThat(identities.find(someone())).isEmpty();
      assertThat(identities.find(UserId.of(email.value()))).as("only a sub names an account").isEmpty();
      assertThatThrownBy(() -> identities.create(TenantId.of("t-brightside"), email, "Mo Again"))
          .isInstanceOf(Identities.EmailTaken.class);
    }
  }

  @Test
  void a_role_is_the_one_jobmate_group_and_a_disabled_account_is_signed_out_everywhere() {
    try (CognitoIdentityProviderClient cognito = Clients.cognito()) {
      Identities identities = new CognitoIdentities(cognito, pool);
      Identities.Account account = identities.create(ACME, someone(), "Rae Role");

      identities.setRole(account.userId(), Role.STAFF);
      identities.setRole(account.userId(), Role.ADMIN);
      assertThat(stored(account.userId()).groups()).isEqualTo(List.of("admin"));

      identities.disable(account.userId());
      assertThat(stored(account.userId()).enabled()).isFalse();
      assertThat(stored(account.userId()).signedOutAt()).isNotNull();
      assertThat(identities.find(account.userId()).orElseThrow().enabled()).isFalse();
    }
  }

  @Test
  void a_seeded_demo_user_is_an_account_of_its_business() {
    try (CognitoIdentityProviderClient cognito = Clients.cognito()) {
      Identities identities = new CognitoIdentities(cognito, pool);

      assertThat(identities.find(EmailAddress.of("olivia@acme.example")).orElseThrow().tenant()).isEqualTo(ACME);
    }
  }
}
