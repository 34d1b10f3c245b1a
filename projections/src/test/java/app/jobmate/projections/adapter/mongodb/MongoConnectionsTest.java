package app.jobmate.projections.adapter.mongodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoClientSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoConnectionsTest {

  // a self-signed CA certificate (openssl req -x509), as Amazon's global-bundle.pem holds many
  private static final String CA = """
      -----BEGIN CERTIFICATE-----
      MIIBijCCAS+gAwIBAgIUHuoYB41K4NvAdCNGue1mYPTSWeswCgYIKoZIzj0EAwIw
      GjEYMBYGA1UEAwwPam9ibWF0ZS10ZXN0LWNhMB4XDTI2MTEyNjExNDI1N1oXDTM2
      MTEyMzExNDI1N1owGjEYMBYGA1UEAwwPam9ibWF0ZS10ZXN0LWNhMFkwEwYHKoZI
      zj0CAQYIKoZIzj0DAQcDQgAEsN0YYMPDExpC5adbPUB38PY0KLd/dU21feNxf6u/
      z0hDP0S0Yg3K29oNK4co2/Y5laBWMdChmTH28oD5FaHmlKNTMFEwHQYDVR0OBBYE
      FBah3/iax/lKVh2a0e1aYjj6vA4cMB8GA1UdIwQYMBaAFBah3/iax/lKVh2a0e1a
      Yjj6vA4cMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSQAwRgIhAMuvDMlL
      PnQPyDQDuDBAfLJGONP8ewzuGX4pfM0AmB51AiEA/3AsDKv/1+ZmgSe8WZKp0XKv
      Hf9fGtpwWuqYQ7H9vL8=
      -----END CERTIFICATE-----
      """;

  @Test
  void a_documentdb_uri_keeps_tls_and_retry_writes_off_and_its_ca_file_becomes_the_trusted_bundle(@TempDir Path dir)
      throws IOException {
    Path bundle = Files.writeString(dir.resolve("global-bundle.pem"), CA);
    String uri = "mongodb://jobmate:secret@docdb.cluster-abc.eu-west-2.docdb.amazonaws.com:27017/"
        + "?tls=true&tlsCAFile=" + bundle + "&replicaSet=rs0&readPreference=secondaryPreferred&retryWrites=false";

    MongoClientSettings settings = MongoConnections.settings(uri, Optional.empty());

    assertThat(settings.getSslSettings().isEnabled()).isTrue();
    assertThat(settings.getSslSettings().getContext()).isNotNull();
    assertThat(settings.getRetryWrites()).isFalse();
    assertThat(settings.getClusterSettings().getRequiredReplicaSetName()).isEqualTo("rs0");
    assertThat(settings.getApplicationName()).isEqualTo("jobmate-projections");
  }

  @Test
  void a_plain_uri_has_no_tls_and_keeps_what_it_says() {
    MongoClientSettings settings = MongoConnections.settings("mongodb://127.0.0.1:27017/?maxPoolSize=2",
        Optional.empty());

    assertThat(settings.getSslSettings().isEnabled()).isFalse();
    assertThat(settings.getConnectionPoolSettings().getMaxSize()).isEqualTo(2);
  }

  @Test
  void a_ca_bundle_that_is_not_there_is_an_error_not_an_untrusted_connection() {
    assertThatThrownBy(() -> MongoConnections.settings("mongodb://h/?tls=true&tlsCAFile=/nowhere/bundle.pem",
        Optional.empty())).hasMessageContaining("/nowhere/bundle.pem");
  }
}
