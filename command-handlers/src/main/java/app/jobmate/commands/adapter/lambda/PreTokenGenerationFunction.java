package app.jobmate.commands.adapter.lambda;

import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.http.Principal;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEventV2;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEventV2.AccessTokenGeneration;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEventV2.ClaimsAndScopeOverrideDetails;
import java.util.Map;

/**
 * Cognito's pre token generation trigger (V2): puts the user's {@code custom:tenant_id} into the
 * ACCESS token, where Cognito leaves custom attributes out, because the HTTP API's JWT authorizer
 * and the WebSocket authorizer take the tenant from the access token (docs/architecture.md, "Identity, tenants, roles"). A user with no
 * tenant gets no token at all: there is nothing in Jobmate they could see.
 */
public final class PreTokenGenerationFunction
    implements RequestHandler<CognitoUserPoolPreTokenGenerationEventV2, CognitoUserPoolPreTokenGenerationEventV2> {

  @Override
  public CognitoUserPoolPreTokenGenerationEventV2 handleRequest(CognitoUserPoolPreTokenGenerationEventV2 event,
                                                                Context context) {
    Map<String, String> attributes = event.getRequest() == null ? null : event.getRequest().getUserAttributes();
    String tenant = attributes == null ? null : attributes.get(Principal.TENANT_CLAIM);
    try {
      TenantId.of(tenant);
    } catch (IllegalArgumentException e) {
      // Cognito refuses the sign-in when the trigger fails, which is what a user without a business should see
      throw new IllegalStateException("user " + event.getUserName() + " belongs to no tenant");
    }
    ClaimsAndScopeOverrideDetails overrides = new ClaimsAndScopeOverrideDetails();
    AccessTokenGeneration access = new AccessTokenGeneration();
    access.setClaimsToAddOrOverride(Map.of(Principal.TENANT_CLAIM, tenant));
    overrides.setAccessTokenGeneration(access);
    if (event.getResponse() == null) {
      event.setResponse(new CognitoUserPoolPreTokenGenerationEventV2.Response());
    }
    event.getResponse().setClaimsAndScopeOverrideDetails(overrides);
    return event;
  }
}
