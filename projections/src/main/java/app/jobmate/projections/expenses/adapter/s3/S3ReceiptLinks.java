package app.jobmate.projections.expenses.adapter.s3;

import app.jobmate.lambda.adapter.s3.S3Bucket;
import app.jobmate.projections.expenses.ReceiptLinks;
import java.time.Instant;

/** Receipts shown through SigV4 presigned GETs of the receipts bucket, signed with the function's own credentials. */
public final class S3ReceiptLinks implements ReceiptLinks {

  private final S3Bucket bucket;

  public S3ReceiptLinks(S3Bucket bucket) {
    this.bucket = bucket;
  }

  @Override
  public Link linkTo(String key, Instant now) {
    return new Link(bucket.presign("GET", key, now, VALIDITY), now.plus(VALIDITY));
  }
}
