package app.jobmate.lambda.apiclients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.team.ApiClientId;
import app.jobmate.events.values.TenantId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every API clients directory does; run on the in-memory one and on DynamoDB's (dynalite). */
public abstract class ApiClientDirectoryContract {

  private static final TenantId ACME = TenantId.of("t-acme");
  private static final TenantId BRIGHTSIDE = TenantId.of("t-brightside");

  protected abstract ApiClientDirectory directory();

  private static ApiClientId newClient() {
    return ApiClientId.of(UUID.randomUUID().toString().replace("-", ""));
  }

  @Test
  void a_client_entered_is_found_as_its_tenants_and_active() {
    ApiClientId client = newClient();
    directory().register(client, ACME, "Hargreaves & Co");

    ApiClientDirectory.Entry entry = directory().find(client).orElseThrow();

    assertThat(entry.tenant()).isEqualTo(ACME);
    assertThat(entry.name()).isEqualTo("Hargreaves & Co");
    assertThat(entry.active()).isTrue();
  }

  @Test
  void a_client_never_entered_is_not_found() {
    assertThat(directory().find(newClient())).isEmpty();
  }

  @Test
  void a_client_id_is_entered_once() {
    ApiClientId client = newClient();
    directory().register(client, ACME, "Hargreaves & Co");

    assertThatThrownBy(() -> directory().register(client, BRIGHTSIDE, "Someone else")).isInstanceOf(IllegalStateException.class);
    assertThat(directory().find(client).orElseThrow().tenant()).isEqualTo(ACME);
  }

  @Test
  void a_revoked_client_stays_revoked_from_the_first_revocation() {
    ApiClientId client = newClient();
    directory().register(client, ACME, "Hargreaves & Co");

    assertThat(directory().revoke(client, ACME)).isTrue();
    var revokedAt = directory().find(client).orElseThrow().revokedAt();
    assertThat(directory().revoke(client, ACME)).isTrue();

    assertThat(revokedAt).isPresent();
    assertThat(directory().find(client).orElseThrow().revokedAt()).isEqualTo(revokedAt);
    assertThat(directory().find(client).orElseThrow().active()).isFalse();
  }

  @Test
  void another_tenant_cannot_revoke_a_client() {
    ApiClientId client = newClient();
    directory().register(client, ACME, "Hargreaves & Co");

    assertThat(directory().revoke(client, BRIGHTSIDE)).isFalse();
    assertThat(directory().revoke(newClient(), BRIGHTSIDE)).isFalse();

    assertThat(directory().find(client).orElseThrow().active()).isTrue();
  }
}
