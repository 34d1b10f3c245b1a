package app.jobmate.events.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.VatCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The quote pricing cases the dashboard's port of {@link QuotePricing} is tested on
 * ({@code web/src/contexts/quotes/pricing/pricing.test.ts} reads the same file): every total in the
 * file is what the server computes, so the two can only agree by computing the same pennies.
 */
class QuotePricingCasesTest {

  static final Path CASES = Path.of("src/test/resources/pricing-cases.json");
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Test
  void every_shared_case_has_the_totals_the_server_computes() throws IOException {
    ObjectNode file = (ObjectNode) MAPPER.readTree(CASES.toFile());
    boolean write = Boolean.getBoolean("pricing.cases.write");
    List<String> names = new ArrayList<>();
    for (JsonNode c : file.path("cases")) {
      JsonNode computed = MAPPER.readTree(MAPPER.writeValueAsString(totals(c))); // numbers as JSON reads them back
      names.add(c.path("name").asText());
      if (write) {
        ((ObjectNode) c).set("totals", computed);
      } else {
        assertThat(c.path("totals")).as(c.path("name").asText()).isEqualTo(computed);
      }
    }
    if (write) {
      MAPPER.writeValue(CASES.toFile(), file);
    }
    assertThat(names).hasSizeGreaterThan(20).doesNotHaveDuplicates();
  }

  private static JsonNode totals(JsonNode c) {
    JsonNode t = c.path("terms");
    VatTerms terms = new VatTerms(t.path("rounding").asText().equals("per-line") ? RoundingPolicy.PER_LINE
        : RoundingPolicy.PER_DOCUMENT, LocalDate.parse(t.path("taxPoint").asText()), t.path("registered").asBoolean());
    List<QuoteLine> lines = new ArrayList<>();
    for (JsonNode l : c.path("lines")) {
      lines.add(new QuoteLine(LineId.of(UUID.randomUUID().toString()), "Item", Quantity.of(l.path("quantity").asText()),
          Money.ofPence(l.path("unitPrice").asLong()), VatCode.fromWireName(l.path("vatCode").asText()),
          adjustment(l.path("discount")), false, l.path("pricesIncludeVat").asBoolean(false)));
    }
    QuoteTotals totals = QuotePricing.price(lines, adjustment(c.path("discount")), adjustment(c.path("deposit")), terms);
    ObjectNode out = MAPPER.createObjectNode();
    out.put("subtotal", totals.subtotal().pence());
    out.put("discount", totals.discount().pence());
    out.put("net", totals.net().pence());
    ArrayNode vat = out.putArray("vat");
    for (VatSummary s : totals.vat()) {
      vat.addObject().put("vatCode", s.vatCode().wireName()).put("ratePercent", s.ratePercent().toPlainString())
          .put("net", s.net().pence()).put("vat", s.vat().pence()).put("reverseChargeVat", s.reverseChargeVat().pence());
    }
    out.put("vatTotal", totals.vatTotal().pence());
    out.put("gross", totals.gross().pence());
    out.put("deposit", totals.deposit().pence());
    out.put("outsideScope", totals.outsideScope().pence());
    out.put("reverseChargeVat", totals.reverseChargeVat().pence());
    return out;
  }

  private static PercentOrAmount adjustment(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    return node.has("percent") ? PercentOrAmount.percent(node.path("percent").asText())
        : PercentOrAmount.amount(node.path("amount").asLong());
  }
}
