package app.jobmate.localcloud.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local issuer's signing key on disk: private to its owner from the first byte written. */
class LocalIssuerTest {

  private static final String ISSUER = "http://127.0.0.1:3000/local/cognito/eu-west-2_UserPool";

  @TempDir
  Path data;

  private final List<String> logged = new ArrayList<>();

  @BeforeEach
  void onPosix() {
    assumeTrue(data.getFileSystem().supportedFileAttributeViews().contains("posix"), "file permissions are POSIX ones");
  }

  private Path keyFile() {
    return data.resolve("identity").resolve("signing-key.jwk.json");
  }

  private LocalIssuer open() {
    return LocalIssuer.open(ISSUER, "eu-west-2_UserPool", keyFile(), logged::add);
  }

  @Test
  void a_new_signing_key_is_readable_by_its_owner_only_in_a_directory_only_its_owner_may_enter() throws IOException {
    open();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile()))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile().getParent()))).isEqualTo("rwx------");
    try (Stream<Path> files = Files.list(keyFile().getParent())) {
      assertThat(files).as("no temporary file left behind").containsExactly(keyFile());
    }
    assertThat(logged).isEmpty();
  }

  @Test
  void a_key_file_readable_by_others_is_made_owner_only_with_one_log_line_and_its_key_is_kept() throws IOException {
    String keyId = open().publicKey().getKeyID();
    Files.setPosixFilePermissions(keyFile(), PosixFilePermissions.fromString("rw-r--r--"));

    LocalIssuer reopened = open();

    assertThat(reopened.publicKey().getKeyID()).isEqualTo(keyId);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile()))).isEqualTo("rw-------");
    assertThat(logged).singleElement().satisfies(line -> assertThat(line).contains(keyFile().toString()).contains("rw-r--r--"));
  }

  @Test
  void a_key_file_already_private_is_left_as_it_is() throws IOException {
    open();
    Files.setPosixFilePermissions(keyFile(), PosixFilePermissions.fromString("r--------"));

    open();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile()))).isEqualTo("r--------");
    assertThat(Files.readString(keyFile(), StandardCharsets.UTF_8)).contains("\"d\"");
    assertThat(logged).isEmpty();
  }
}
