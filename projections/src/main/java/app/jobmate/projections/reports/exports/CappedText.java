package app.jobmate.projections.reports.exports;

import java.io.Writer;

/**
 * The text of an answer, written as it is produced, which refuses to grow past a number of UTF-8
 * bytes: an HTTP API answer from Lambda is at most 6 MB, JSON-escaped, so an export stops at
 * {@link #LAMBDA_ANSWER_BYTES} with {@link TooLarge} instead of failing at the gateway.
 */
public final class CappedText extends Writer {

  /** 5 MB of CSV: room under Lambda's 6 MB response for the JSON escaping of quotes and CRLFs and the headers. */
  public static final long LAMBDA_ANSWER_BYTES = 5_000_000;

  private final StringBuilder text = new StringBuilder();
  private final long maxBytes;
  private long bytes;

  public CappedText(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Thrown when the text would pass its cap: the answer is abandoned, the cursor closed. */
  public static final class TooLarge extends RuntimeException {
    public TooLarge(long maxBytes) {
      super("the export is larger than " + maxBytes + " bytes");
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      char c = chars[i];
      bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
    if (bytes > maxBytes) {
      throw new TooLarge(maxBytes);
    }
    text.append(chars, offset, length);
  }

  @Override
  public void write(String s) {
    write(s.toCharArray(), 0, s.length());
  }

  public long bytes() {
    return bytes;
  }

  @Override
  public String toString() {
    return text.toString();
  }

  @Override
  public void flush() {
  }

  @Override
  public void close() {
  }
}
