package app.jobmate.projections.adapter.mongodb;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * MongoDB clients from a connection URI. Amazon DocumentDB's documented URI carries
 * {@code tls=true&tlsCAFile=global-bundle.pem&retryWrites=false}; the Java driver ignores
 * {@code tlsCAFile}, so it is taken out of the URI here and its certificates are trusted through
 * {@code MongoClientSettings}. Everything else (TLS, {@code retryWrites=false}, the replica set and
 * read preference) comes from the URI as DocumentDB gives it.
 */
public final class MongoConnections {

  private static final Pattern CA_FILE = Pattern.compile("([?&])tlsCAFile=([^&]*)&?", Pattern.CASE_INSENSITIVE);

  private MongoConnections() {
  }

  /** A client for {@code uri}; {@code caBundle}, when given, overrides the URI's {@code tlsCAFile}. */
  public static MongoClient open(String uri, Optional<Path> caBundle) {
    return MongoClients.create(settings(uri, caBundle));
  }

  static MongoClientSettings settings(String uri, Optional<Path> caBundle) {
    Matcher caFile = CA_FILE.matcher(uri);
    Optional<Path> bundle = caBundle;
    String withoutCaFile = uri;
    if (caFile.find()) {
      if (bundle.isEmpty()) {
        bundle = Optional.of(Path.of(URLDecoder.decode(caFile.group(2), StandardCharsets.UTF_8)));
      }
      withoutCaFile = caFile.replaceFirst("$1");
      if (withoutCaFile.endsWith("?") || withoutCaFile.endsWith("&")) {
        withoutCaFile = withoutCaFile.substring(0, withoutCaFile.length() - 1);
      }
    }
    ConnectionString connection = new ConnectionString(withoutCaFile);
    MongoClientSettings.Builder settings = MongoClientSettings.builder()
        .applyConnectionString(connection)
        .applicationName("jobmate-projections")
        // a Lambda handles one request at a time: a small pool, and fail fast when the cluster is away
        .applyToConnectionPoolSettings(pool -> pool.maxSize(connection.getMaxConnectionPoolSize() == null ? 4
            : connection.getMaxConnectionPoolSize()))
        .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
            connection.getServerSelectionTimeout() == null ? 5_000 : connection.getServerSelectionTimeout(),
            TimeUnit.MILLISECONDS));
    if (bundle.isPresent()) {
      SSLContext context = trusting(bundle.get());
      settings.applyToSslSettings(ssl -> ssl.enabled(true).context(context));
    }
    return settings.build();
  }

  private static SSLContext trusting(Path pemBundle) {
    try (InputStream in = Files.newInputStream(pemBundle)) {
      KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
      trusted.load(null, null);
      int n = 0;
      for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        trusted.setCertificateEntry("ca-" + n++, certificate);
      }
      if (n == 0) {
        throw new IllegalStateException("the CA bundle " + pemBundle + " holds no certificate");
      }
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CA bundle " + pemBundle, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot trust the CA bundle " + pemBundle, e);
    }
  }
}
