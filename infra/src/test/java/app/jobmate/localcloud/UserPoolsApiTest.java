package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.localcloud.identity.UserDirectory;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ScopeDoesNotExistException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

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

  private static AttributeType attribute(String name, String value) {
    return AttributeType.builder().name(name).value(value).build();
  }

  private static int signIn(String username, String password) {
    return Http.send(Http.to(cloud.endpoints().api(), "/local/sign-in").header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Json.text(Json.object().put("username", username)
            .put("password", password))))).statusCode();
  }

  @Test
  void an_invited_user_is_created_with_a_temporary_password_written_as_local_mail_and_signs_in_with_it()
      throws Exception {
    String email = "newcomer-" + UUID.randomUUID() + "@acme.example";
    try (CognitoIdentityProviderClient cognito = Clients.cognito()) {
      var created = cognito.adminCreateUser(r -> r.userPoolId(pool).username(email)
          .userAttributes(attribute("email", email), attribute("name", "Nia Newcomer"),
              attribute("custom:tenant_id", "t-acme"), attribute("email_verified", "true"))).user();

      assertThat(UUID.fromString(created.username())).as("the user name answered is the new sub").isNotNull();
      assertThat(created.userStatusAsString()).isEqualTo("FORCE_CHANGE_PASSWORD");
      assertThat(created.enabled()).isTrue();
      UserDirectory.User stored = cloud.identity().users().find(email).orElseThrow();
      assertThat(stored.tenantId()).isEqualTo("t-acme");
      assertThat(stored.tenantName()).isEqualTo("Acme Plumbing & Heating");
      assertThat(stored.groups()).isEmpty();

      Path letter;
      try (Stream<Path> letters = Files.list(cloud.identity().mail())) {
        letter = letters.filter(p -> p.getFileName().toString().endsWith(email + ".txt")).findFirst().orElseThrow();
      }
      String text = Files.readString(letter);
      String password = text.replaceAll("(?s).*temporary password is (\\S+).*", "$1");
      assertThat(text).contains("To: " + email).contains("Acme Plumbing & Heating");
      assertThat(signIn(email, "not-the-password")).isEqualTo(400);
      assertThat(signIn(email, password)).as("the temporary password signs in").isEqualTo(200);

      assertThatThrownBy(() -> cognito.adminCreateUser(r -> r.userPoolId(pool).username(email)
          .userAttributes(attribute("email", email), attribute("name", "Nia Again"),
              attribute("custom:tenant_id", "t-brightside")))).isInstanceOf(UsernameExistsException.class);
      assertThat(cloud.identity().users().find(email).orElseThrow().tenantId()).as("unchanged").isEqualTo("t-acme");
    }
  }

  @Test
  void groups_are_added_and_removed_and_a_disabled_user_cannot_sign_in_until_enabled() {
    String email = "rotating-" + UUID.randomUUID() + "@acme.example";
    try (CognitoIdentityProviderClient cognito = Clients.cognito()) {
      String sub = cognito.adminCreateUser(r -> r.userPoolId(pool).username(email).temporaryPassword("Tmp-Password-1")
          .messageAction("SUPPRESS").userAttributes(attribute("email", email), attribute("name", "Rory Rotating"),
              attribute("custom:tenant_id", "t-acme"))).user().username();

      cognito.adminAddUserToGroup(r -> r.userPoolId(pool).username(sub).groupName("staff"));
      cognito.adminAddUserToGroup(r -> r.userPoolId(pool).username(sub).groupName("admin"));
      cognito.adminRemoveUserFromGroup(r -> r.userPoolId(pool).username(sub).groupName("staff"));
      assertThat(cloud.identity().users().find(sub).orElseThrow().groups()).isEqualTo(List.of("admin"));
      assertThatThrownBy(() -> cognito.adminAddUserToGroup(r -> r.userPoolId(pool).username(sub).groupName("contractors")))
          .isInstanceOf(ResourceNotFoundException.class);

      cognito.adminDisableUser(r -> r.userPoolId(pool).username(sub));
      cognito.adminUserGlobalSignOut(r -> r.userPoolId(pool).username(sub));
      assertThat(signIn(email, "Tmp-Password-1")).as("disabled").isEqualTo(400);
      assertThat(cognito.adminGetUser(r -> r.userPoolId(pool).username(sub)).enabled()).isFalse();
      assertThat(cognito.listUsers(r -> r.userPoolId(pool).filter("sub = \"" + sub + "\"")).users())
          .singleElement().satisfies(u -> assertThat(u.enabled()).isFalse());
      assertThat(cloud.identity().users().find(sub).orElseThrow().signedOutAt()).isNotNull();

      cognito.adminEnableUser(r -> r.userPoolId(pool).username(sub));
      assertThat(signIn(email, "Tmp-Password-1")).isEqualTo(200);
      assertThatThrownBy(() -> cognito.adminDisableUser(r -> r.userPoolId(pool).username("nobody@acme.example")))
          .isInstanceOf(UserNotFoundException.class);
    }
  }

  @Test
  void an_app_client_for_a_program_has_a_secret_and_only_a_resource_servers_scopes_and_can_be_deleted_once() {
    try (CognitoIdentityProviderClient cognito = Clients.cognito()) {
      var client = cognito.createUserPoolClient(r -> r.userPoolId(pool).clientName("reports t-acme BI tool")
          .generateSecret(true).allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
          .allowedOAuthScopes("jobmate-reports/reports.read")).userPoolClient();

      assertThat(client.clientId()).matches("[a-z0-9]{26}");
      assertThat(client.clientSecret()).hasSizeGreaterThan(40);
      assertThat(client.allowedOAuthScopes()).containsExactly("jobmate-reports/reports.read");
      assertThatThrownBy(() -> cognito.createUserPoolClient(r -> r.userPoolId(pool).clientName("greedy")
          .generateSecret(true).allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
          .allowedOAuthScopes("jobmate-reports/reports.write"))).isInstanceOf(ScopeDoesNotExistException.class);
      assertThatThrownBy(() -> cognito.createUserPoolClient(r -> r.userPoolId(pool).clientName("no secret")
          .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
          .allowedOAuthScopes("jobmate-reports/reports.read"))).isInstanceOf(InvalidParameterException.class);

      cognito.deleteUserPoolClient(r -> r.userPoolId(pool).clientId(client.clientId()));
      assertThatThrownBy(() -> cognito.deleteUserPoolClient(r -> r.userPoolId(pool).clientId(client.clientId())))
          .isInstanceOf(ResourceNotFoundException.class);
    }
  }
}
