package app.jobmate.projections.expenses;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/** Short-lived links to read a receipt kept in the receipts bucket (S3 presigned GETs). */
public interface ReceiptLinks {

  /** How long a link may be used. */
  Duration VALIDITY = Duration.ofMinutes(5);

  /** A link to read the receipt kept at {@code key}, valid {@link #VALIDITY} from {@code now}. */
  Link linkTo(String key, Instant now);

  record Link(URI url, Instant expiresAt) {
  }
}
