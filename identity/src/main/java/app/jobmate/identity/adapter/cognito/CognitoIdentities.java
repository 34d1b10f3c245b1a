package app.jobmate.identity.adapter.cognito;

import app.jobmate.commands.team.Identities;
import app.jobmate.events.Role;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * The team's accounts in the Cognito user pool. The pool's user names are emails
 * ({@code UsernameAttributes: [email]}) and the account's user id is its {@code sub}, which
 * AdminCreateUser answers as the user name. {@code custom:tenant_id} is set here, by the back end
 * only (the app client cannot write it). A role is the group of that name; setting one removes the
 * account from the other Jobmate groups. Disabling signs the account out everywhere too (Cognito
 * revokes its refresh tokens; its access tokens live until they expire, which is why every function
 * also checks the team's record).
 */
public final class CognitoIdentities implements Identities {

  static final String TENANT_ATTRIBUTE = "custom:tenant_id";
  private static final Pattern SUB = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final CognitoIdentityProviderClient cognito;
  private final String userPoolId;

  public CognitoIdentities(CognitoIdentityProviderClient cognito, String userPoolId) {
    this.cognito = cognito;
    this.userPoolId = userPoolId;
  }

  @Override
  public Account create(TenantId tenant, EmailAddress email, String name) {
    try {
      var created = cognito.adminCreateUser(r -> r.userPoolId(userPoolId).username(email.value())
          .desiredDeliveryMediums(DeliveryMediumType.EMAIL)
          .userAttributes(attribute("email", email.value()), attribute("email_verified", "true"),
              attribute("name", name), attribute(TENANT_ATTRIBUTE, tenant.value()))).user();
      return new Account(UserId.of(created.username()), tenant, email, name, Boolean.TRUE.equals(created.enabled()));
    } catch (UsernameExistsException exists) {
      throw new EmailTaken(email);
    }
  }

  @Override
  public Optional<Account> find(EmailAddress email) {
    return get(email.value());
  }

  @Override
  public Optional<Account> find(UserId user) {
    // anything but a sub would be looked up as a user name or an alias: only a sub names an account here
    return SUB.matcher(user.value()).matches() ? get(user.value()) : Optional.empty();
  }

  private Optional<Account> get(String username) {
    try {
      var user = cognito.adminGetUser(r -> r.userPoolId(userPoolId).username(username));
      String tenant = value(user.userAttributes(), TENANT_ATTRIBUTE);
      String email = value(user.userAttributes(), "email");
      String sub = value(user.userAttributes(), "sub");
      if (tenant == null || email == null) {
        return Optional.empty(); // not an account of any business: no business may take it
      }
      String name = value(user.userAttributes(), "name");
      return Optional.of(new Account(UserId.of(sub != null ? sub : user.username()), TenantId.of(tenant),
          EmailAddress.of(email), name != null ? name : email, Boolean.TRUE.equals(user.enabled())));
    } catch (UserNotFoundException notFound) {
      return Optional.empty();
    }
  }

  @Override
  public void setRole(UserId user, Role role) {
    cognito.adminAddUserToGroup(r -> r.userPoolId(userPoolId).username(user.value()).groupName(role.wireName()));
    for (Role other : Role.values()) {
      if (other != role) {
        cognito.adminRemoveUserFromGroup(r -> r.userPoolId(userPoolId).username(user.value()).groupName(other.wireName()));
      }
    }
  }

  @Override
  public void disable(UserId user) {
    cognito.adminDisableUser(r -> r.userPoolId(userPoolId).username(user.value()));
    cognito.adminUserGlobalSignOut(r -> r.userPoolId(userPoolId).username(user.value()));
  }

  private static AttributeType attribute(String name, String value) {
    return AttributeType.builder().name(name).value(value).build();
  }

  private static String value(List<AttributeType> attributes, String name) {
    return attributes.stream().filter(a -> name.equals(a.name())).map(AttributeType::value).findFirst().orElse(null);
  }
}
