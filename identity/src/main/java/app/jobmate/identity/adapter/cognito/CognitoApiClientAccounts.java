package app.jobmate.identity.adapter.cognito;

import app.jobmate.commands.team.ApiClientAccounts;
import app.jobmate.events.team.ApiClientId;
import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.apiclients.ApiClientDirectory;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * API clients as app clients of the Cognito user pool: a secret, the client-credentials grant only,
 * the reports' read scope only (the pool's resource server declares it), access tokens for an hour,
 * and no user flows at all (a program never signs in as a person). The app client's name says whose
 * it is, for someone reading the console; the directory is what the authorizer trusts. Creating
 * enters the client in the directory after the app client exists; revoking marks the entry first
 * (refused from the next request) and deletes the app client after (no new tokens).
 */
public final class CognitoApiClientAccounts implements ApiClientAccounts {

  /** Cognito's limit on an app client's name. */
  private static final int MAX_CLIENT_NAME = 128;

  private final CognitoIdentityProviderClient cognito;
  private final String userPoolId;
  private final String scope;
  private final ApiClientDirectory directory;

  public CognitoApiClientAccounts(CognitoIdentityProviderClient cognito, String userPoolId, String scope,
      ApiClientDirectory directory) {
    this.cognito = cognito;
    this.userPoolId = userPoolId;
    this.scope = scope;
    this.directory = directory;
  }

  @Override
  public Credentials create(TenantId tenant, String name) {
    String clientName = ("reports " + tenant.value() + " " + name.replaceAll("[^\\w\\s+=,.@-]", "-")).strip();
    UserPoolClientType client = cognito.createUserPoolClient(r -> r.userPoolId(userPoolId)
        .clientName(clientName.length() > MAX_CLIENT_NAME ? clientName.substring(0, MAX_CLIENT_NAME) : clientName)
        .generateSecret(true)
        .allowedOAuthFlowsUserPoolClient(true)
        .allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
        .allowedOAuthScopes(scope)
        .accessTokenValidity(60)
        .tokenValidityUnits(u -> u.accessToken(TimeUnitsType.MINUTES))
        .preventUserExistenceErrors("ENABLED")
        .enableTokenRevocation(true)).userPoolClient();
    ApiClientId clientId = ApiClientId.of(client.clientId());
    try {
      directory.register(clientId, tenant, name);
    } catch (RuntimeException e) {
      delete(clientId);
      throw e;
    }
    return new Credentials(clientId, client.clientSecret());
  }

  @Override
  public void revoke(TenantId tenant, ApiClientId clientId) {
    if (directory.revoke(clientId, tenant)) {
      delete(clientId);
    }
  }

  private void delete(ApiClientId clientId) {
    try {
      cognito.deleteUserPoolClient(r -> r.userPoolId(userPoolId).clientId(clientId.value()));
    } catch (ResourceNotFoundException gone) {
      // deleted by an earlier attempt
    }
  }
}
