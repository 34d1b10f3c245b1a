package app.jobmate.projections.expenses.list;

import app.jobmate.events.EventJson;
import app.jobmate.events.expenses.ExpenseId;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Where a page of the expense list ended: the last expense's date and id (keyset paging: the next page
 * starts strictly after it, so expenses logged meanwhile cause neither repeats nor gaps). Opaque to
 * clients: base64url of a small JSON object.
 */
public record ExpenseCursor(LocalDate date, String expenseId) {

  public ExpenseCursor {
    if (date == null || expenseId == null) {
      throw new IllegalArgumentException("date and expenseId are required");
    }
  }

  public String encode() {
    String json = EventJson.mapper().createObjectNode().put("d", date.toString()).put("id", expenseId).toString();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** @throws IllegalArgumentException when {@code text} is not a cursor this service wrote */
  public static ExpenseCursor decode(String text) {
    try {
      JsonNode json = EventJson.mapper().readTree(Base64.getUrlDecoder().decode(text));
      return new ExpenseCursor(LocalDate.parse(json.get("d").textValue()),
          ExpenseId.of(json.get("id").textValue()).toString());
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("is not a cursor from this list", e);
    }
  }
}
