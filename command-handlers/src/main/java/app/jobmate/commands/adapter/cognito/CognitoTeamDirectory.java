package app.jobmate.commands.adapter.cognito;

import app.jobmate.commands.team.TeamDirectory;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * The team as the user pool has it: a member is an enabled user of the pool whose
 * {@code custom:tenant_id} is the business (the attribute only the back end can write). One
 * {@code ListUsers} call filtered on {@code sub}; a membership found is remembered for
 * {@link #REMEMBERED} per container, so a busy day of assignments does not spend the pool's
 * request quota, and an absence is never remembered, so a new member can be given work at once.
 */
public final class CognitoTeamDirectory implements TeamDirectory {

  static final Duration REMEMBERED = Duration.ofMinutes(5);
  // Cognito's subs are UUIDs; checking the form first also keeps anything else out of the filter
  private static final Pattern SUB = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final String TENANT_ATTRIBUTE = "custom:tenant_id";

  private final CognitoIdentityProviderClient cognito;
  private final String userPoolId;
  private final Clock clock;
  private final Map<String, Instant> remembered = new ConcurrentHashMap<>();

  public CognitoTeamDirectory(CognitoIdentityProviderClient cognito, String userPoolId, Clock clock) {
    this.cognito = cognito;
    this.userPoolId = userPoolId;
    this.clock = clock;
  }

  @Override
  public boolean isMember(TenantId tenant, UserId user) {
    if (!SUB.matcher(user.value()).matches()) {
      return false;
    }
    String key = tenant.value() + "#" + user.value();
    Instant now = clock.instant();
    Instant until = remembered.get(key);
    if (until != null && now.isBefore(until)) {
      return true;
    }
    boolean member = cognito.listUsers(r -> r.userPoolId(userPoolId).filter("sub = \"" + user.value() + "\"").limit(1))
        .users().stream().anyMatch(found -> isMemberOf(found, tenant));
    if (member) {
      remembered.put(key, now.plus(REMEMBERED));
    } else {
      remembered.remove(key);
    }
    return member;
  }

  private static boolean isMemberOf(UserType user, TenantId tenant) {
    return Boolean.TRUE.equals(user.enabled()) && user.attributes().stream()
        .anyMatch(a -> TENANT_ATTRIBUTE.equals(a.name()) && tenant.value().equals(a.value()));
  }
}
