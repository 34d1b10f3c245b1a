package app.jobmate.localcloud.kms;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.localcloud.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKmsTest {

  @TempDir
  Path data;

  private static byte[] json(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void the_master_key_is_made_once_its_owners_only_and_a_blob_decrypts_after_a_restart() throws Exception {
    LocalKms first = LocalKms.open(data, line -> { });
    String blob = first.handle("TrentService.GenerateDataKey", json("""
        {"KeyId": "k", "KeySpec": "AES_256", "EncryptionContext": {"customerId": "c1"}}""")).body()
        .get("CiphertextBlob").asText();
    Path file = data.resolve("kms/master-key");

    LocalKms restarted = LocalKms.open(data, line -> { });

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    LocalKms.Answer answer = restarted.handle("TrentService.Decrypt", json("""
        {"CiphertextBlob": "%s", "EncryptionContext": {"customerId": "c1"}}""".formatted(blob)));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().get("KeyId").asText()).isEqualTo("k");
  }

  @Test
  void a_master_key_readable_by_others_is_made_private_with_a_line_in_the_log() throws Exception {
    LocalKms.open(data, line -> { });
    Path file = data.resolve("kms/master-key");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    List<String> log = new ArrayList<>();

    LocalKms.open(data, log::add);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(log).singleElement().asString().contains("readable by others");
  }

  @Test
  void an_operation_it_does_not_serve_and_a_bad_request_are_kms_errors() {
    LocalKms kms = LocalKms.open(data, line -> { });

    assertThat(kms.handle("TrentService.ScheduleKeyDeletion", json("{}")).body().get("__type").asText())
        .isEqualTo("UnknownOperationException");
    assertThat(kms.handle("TrentService.GenerateDataKey", json("{\"KeySpec\": \"AES_256\"}")).status()).isEqualTo(400);
    assertThat(kms.handle("TrentService.Decrypt", json("{\"CiphertextBlob\": \"AAAA\"}")).body().get("__type").asText())
        .isEqualTo("InvalidCiphertextException");
    assertThat(Json.object()).isNotNull();
  }
}
