package app.jobmate.localcloud.identity;

import app.jobmate.localcloud.template.Intrinsics;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The second rewrite of function settings: a value of exactly the form
 * {@code https://cognito-idp.<region>.amazonaws.com/<poolId>} naming a user pool of the template (as
 * {@code !Sub "https://cognito-idp.${AWS::Region}.amazonaws.com/${UserPool}"} gives it, for a function
 * that verifies tokens itself, like a WebSocket authorizer) becomes that pool's local issuer, whose
 * tokens carry it as {@code iss} and which serves the JWKS; and a value of exactly the form
 * {@code https://<domain>.auth.<region>.amazoncognito.com/oauth2/token} (a user pool domain's token
 * endpoint, as {@code !Sub "https://${Domain}.auth.${AWS::Region}.amazoncognito.com/oauth2/token"}
 * gives it) becomes the local token endpoint. Nothing else is rewritten.
 */
public final class CognitoIssuerUrls implements UnaryOperator<String> {

  private static final Pattern COGNITO_ISSUER =
      Pattern.compile("^https://cognito-idp\\." + Pattern.quote(Intrinsics.REGION) + "\\.amazonaws\\.com/[A-Za-z0-9_-]+$");

  private static final Pattern TOKEN_ENDPOINT =
      Pattern.compile("^https://[a-z0-9-]+\\.auth\\." + Pattern.quote(Intrinsics.REGION) + "\\.amazoncognito\\.com/oauth2/token$");

  private final LocalIdentity identity;

  public CognitoIssuerUrls(LocalIdentity identity) {
    this.identity = identity;
  }

  @Override
  public String apply(String value) {
    if (TOKEN_ENDPOINT.matcher(value).matches()) {
      return identity.tokenEndpoint();
    }
    return COGNITO_ISSUER.matcher(value).matches() ? identity.localIssuerFor(value).orElse(value) : value;
  }
}
