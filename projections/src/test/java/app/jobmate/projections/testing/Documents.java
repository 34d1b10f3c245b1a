package app.jobmate.projections.testing;

import app.jobmate.events.Role;
import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.quotes.QuoteStatus;
import app.jobmate.projections.quotes.detail.QuoteDetail;
import app.jobmate.projections.quotes.detail.QuoteDetail.Adjustment;
import app.jobmate.projections.quotes.detail.QuoteDetail.HistoryEntry;
import app.jobmate.projections.quotes.detail.QuoteDetail.Line;
import app.jobmate.projections.quotes.detail.QuoteDetail.Totals;
import app.jobmate.projections.quotes.detail.QuoteDetail.TotalsBasis;
import app.jobmate.projections.quotes.detail.QuoteDetail.VatLine;
import app.jobmate.projections.quotes.list.QuoteListItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Documents with every kind of field filled in (or left out), for the store contracts. */
public final class Documents {

  private Documents() {
  }

  public static Versioned<QuoteListItem> listItem(String tenant, String quoteId, long version, String title) {
    return new Versioned<>(tenant + "#" + quoteId, TenantId.of(tenant), quoteId, version, new QuoteListItem(title,
        "0193a5a0-1111-7abc-8def-0123456789ab", QuoteStatus.DRAFT, null, 1, null, null, null, null, null,
        Instant.parse("2026-03-01T09:00:00.123Z"), LocalDate.parse("2026-03-01"), null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, Instant.parse("2026-03-01T09:00:00.123Z")));
  }

  public static Versioned<QuoteDetail> fullDetail(String tenant, String quoteId, long version) {
    Line line = new Line("0193a5b3-0001-7000-8000-00000000b011", "Boiler, fitted", new BigDecimal("0.333"), 189_500,
        VatCode.REVERSE_CHARGE, new Adjustment(new BigDecimal("12.5"), null), true, 63_104);
    Totals totals = new Totals(200_000, 5_000, 195_000, List.of(new VatLine(VatCode.STANDARD, new BigDecimal("20"), 190_000,
        38_000), new VatLine(VatCode.REDUCED, new BigDecimal("5"), 5_000, 250)), 38_250, 233_250, 58_313);
    HistoryEntry drafted = new HistoryEntry(1, "QuoteDrafted", QuoteStatus.DRAFT, 1, Instant.parse("2026-03-01T09:00:00Z"),
        "u-owner", List.of(Role.OWNER, Role.ADMIN));
    HistoryEntry expired = new HistoryEntry(9, "QuoteExpired", QuoteStatus.EXPIRED, 2, Instant.parse("2026-04-01T00:00:00.001Z"),
        null, List.of());
    return new Versioned<>(tenant + "#" + quoteId, TenantId.of(tenant), quoteId, version, new QuoteDetail(42L, 2,
        "Q-00042/2", QuoteStatus.DECLINED, "0193a5a0-1111-7abc-8def-0123456789ab", "0193a5a0-2222-7abc-8def-0123456789ab",
        "Boiler — “Greenstar” £1,895", "Notes", "Terms", LocalDate.parse("2026-04-01"), 30, RoundingPolicy.PER_DOCUMENT,
        new Adjustment(null, 5_000L), new Adjustment(new BigDecimal("25"), null), List.of(line), totals,
        TotalsBasis.ISSUED, List.of("0193a5b3-0001-7000-8000-00000000b011"), Instant.parse("2026-03-01T09:00:00Z"),
        LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-05"), Instant.parse("2026-03-03T10:00:00.5Z"), null,
        Instant.parse("2026-03-06T10:00:00Z"), DeclineReason.CHOSE_ANOTHER_SUPPLIER, "went elsewhere", null, null, null,
        null, List.of(drafted, expired)));
  }
}
