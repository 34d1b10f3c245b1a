package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.lambda.adapter.KmsMasterKey;
import app.jobmate.lambda.personaldata.MasterKey;
import app.jobmate.lambda.personaldata.MasterKeyContract;
import app.jobmate.localcloud.template.Intrinsics;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * The master key contract on the local cloud's KMS, through the functions' own {@link KmsMasterKey}
 * (signed requests, no SDK client), found as a function finds it: the SDK's endpoint settings the
 * local cloud applies, the default credentials.
 */
@ExtendWith(SharedLocalCloud.class)
class KmsMasterKeyTest extends MasterKeyContract {

  private static final String KEY = "arn:aws:kms:eu-west-2:000000000000:key/customer-data";
  private static MasterKey masterKey;

  @BeforeAll
  static void started(LocalCloud shared) {
    assertThat(shared.sdkSettings()).containsKey("aws.endpointUrlKms");
    assertThat(KmsMasterKey.endpoint(Intrinsics.REGION)).isEqualTo(URI.create(shared.sdkSettings().get("aws.endpointUrlKms")));
    masterKey = KmsMasterKey.resolve(KEY, Intrinsics.REGION, DefaultCredentialsProvider.builder().build());
  }

  @Override
  protected MasterKey masterKey() {
    return masterKey;
  }
}
