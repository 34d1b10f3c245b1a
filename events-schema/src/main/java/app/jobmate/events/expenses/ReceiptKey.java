package app.jobmate.events.expenses;

import app.jobmate.events.values.TenantId;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a receipt is kept in the receipts bucket: {@code receipts/<tenant>/<expense>/<receipt>}, the
 * receipt a UUIDv7 chosen when its upload is granted. The prefix is the tenant's and the expense's,
 * so a key names the only expense it can be attached to.
 */
public record ReceiptKey(TenantId tenant, ExpenseId expense, UUID receipt) {

  public static final int MAX_LENGTH = 200;
  private static final Pattern FORMAT = Pattern.compile("receipts/([^/]+)/([^/]+)/([^/]+)");

  public ReceiptKey {
    if (tenant == null || expense == null || receipt == null) {
      throw new IllegalArgumentException("a receipt key names a tenant, an expense and a receipt");
    }
    if (receipt.version() != 7) {
      throw new IllegalArgumentException("a receipt's id is a UUIDv7");
    }
  }

  /** The prefix every receipt of an expense is kept under. */
  public static String prefix(TenantId tenant, ExpenseId expense) {
    return "receipts/" + tenant + "/" + expense + "/";
  }

  @JsonCreator
  public static ReceiptKey parse(String key) {
    if (key == null || key.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("must be a receipt key receipts/<tenant>/<expense>/<receipt>");
    }
    Matcher m = FORMAT.matcher(key);
    if (!m.matches()) {
      throw new IllegalArgumentException("must be a receipt key receipts/<tenant>/<expense>/<receipt>");
    }
    UUID receipt;
    try {
      receipt = UUID.fromString(m.group(3));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("must end with the receipt's UUIDv7");
    }
    if (!receipt.toString().equals(m.group(3))) {
      throw new IllegalArgumentException("must end with the receipt's UUIDv7, in lower case");
    }
    return new ReceiptKey(TenantId.of(m.group(1)), ExpenseId.of(m.group(2)), receipt);
  }

  @JsonValue
  @Override
  public String toString() {
    return prefix(tenant, expense) + receipt;
  }
}
