package app.jobmate.events.expenses;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What a receipt may be: a JPEG, PNG or HEIC photo, or a PDF. Known by its media type on the way in
 * (an upload grant fixes it) and by its first bytes once stored ({@link #sniff}): a file's name or
 * declared type is never trusted.
 */
public enum ReceiptType {
  JPEG("image/jpeg"),
  PNG("image/png"),
  HEIC("image/heic"),
  PDF("application/pdf");

  /** The most bytes {@link #sniff} reads. */
  public static final int SIGNATURE_BYTES = 16;

  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  /** HEIF's ISO base media file brands for HEVC-coded images and sequences (ISO/IEC 23008-12). */
  private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs");

  private final String mediaType;

  ReceiptType(String mediaType) {
    this.mediaType = mediaType;
  }

  @JsonValue
  public String mediaType() {
    return mediaType;
  }

  @JsonCreator
  public static ReceiptType ofMediaType(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("must be one of image/jpeg, image/png, image/heic, application/pdf"));
  }

  /** The type a file's first bytes say it is: JPEG's SOI marker, PNG's signature, {@code %PDF-}, HEIC's {@code ftyp} brand. */
  public static Optional<ReceiptType> sniff(byte[] first) {
    if (startsWith(first, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(first, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(first, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (first.length >= 12 && new String(first, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")
        && HEIC_BRANDS.contains(new String(first, 8, 4, StandardCharsets.ISO_8859_1))) {
      return Optional.of(HEIC);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }
}
