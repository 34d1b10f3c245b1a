package app.jobmate.projections.query;

import app.jobmate.events.values.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * The address of the site a quote or job is for, read at query time from the customer book (like
 * {@link CustomerNames}), so that a corrected address shows at once and an erased customer's sites show
 * nowhere. A port of the quotes and jobs contexts; its adapters read the customer read model by its
 * published shape, not by the customers context's classes (docs/decisions/reading-across-read-sides.md).
 */
public interface CustomerSites {

  /** Merges followed at most this far (a merged into b merged into c), as the customer page follows them. */
  int MAX_MERGE_HOPS = 10;

  /**
   * The address of the customer's site, if the tenant's book has that customer with that site and neither
   * it nor the customer it was merged into (followed to the survivor) is erased; nothing otherwise.
   */
  Optional<SiteAddress> addressOf(TenantId tenant, String customerId, String siteId);

  /**
   * A site's postal address as the customer book has it now (up to four lines, the town, the postcode) and
   * its access notes (how to get in: staff going there need them, so they are shown wherever the site is).
   */
  record SiteAddress(String siteId, List<String> lines, String town, String postcode, String accessNotes) {

    public SiteAddress {
      lines = lines == null ? List.of() : List.copyOf(lines);
    }
  }
}
