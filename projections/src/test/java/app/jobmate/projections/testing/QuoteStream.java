package app.jobmate.projections.testing;

import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventType;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.quotes.LineId;
import app.jobmate.events.quotes.PercentOrAmount;
import app.jobmate.events.quotes.QuoteEvent;
import app.jobmate.events.quotes.QuoteEvent.QuoteAccepted;
import app.jobmate.events.quotes.QuoteEvent.QuoteConvertedToJob;
import app.jobmate.events.quotes.QuoteEvent.QuoteDeclined;
import app.jobmate.events.quotes.QuoteEvent.QuoteDetailsChanged;
import app.jobmate.events.quotes.QuoteEvent.QuoteDrafted;
import app.jobmate.events.quotes.QuoteEvent.QuoteExpired;
import app.jobmate.events.quotes.QuoteEvent.QuoteIssued;
import app.jobmate.events.quotes.QuoteEvent.QuoteLineAdded;
import app.jobmate.events.quotes.QuoteEvent.QuoteLineChanged;
import app.jobmate.events.quotes.QuoteEvent.QuoteLineRemoved;
import app.jobmate.events.quotes.QuoteEvent.QuoteRevised;
import app.jobmate.events.quotes.QuoteEvent.QuoteViewed;
import app.jobmate.events.quotes.QuoteEvent.QuoteWithdrawn;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.quotes.QuotePricing;
import app.jobmate.events.quotes.VatTerms;
import app.jobmate.events.quotes.QuoteTotals;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the events of one quote as the command side would store them: envelopes with versions
 * from 1, times moving on, the actor, and the issue and acceptance totals computed by
 * {@link QuotePricing}. It keeps just enough state (lines, discount, deposit, policy) to do so.
 */
public final class QuoteStream {

  public static final Actor OWNER = new Actor(UserId.of("u-owner"), List.of(Role.OWNER));
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final TenantId tenant;
  private final QuoteId quoteId;
  private final CustomerId customerId;
  private final Map<LineId, QuoteLine> lines = new LinkedHashMap<>();
  private final List<EventEnvelope> envelopes = new ArrayList<>();
  private Instant clock;
  private Actor actor = OWNER;
  private RoundingPolicy policy = RoundingPolicy.PER_LINE;
  private PercentOrAmount discount;
  private PercentOrAmount deposit;
  private Long number;
  private int revision = 1;
  private int lineCount;

  public QuoteStream(String tenant, QuoteId quoteId, CustomerId customerId, Instant start) {
    this.tenant = TenantId.of(tenant);
    this.quoteId = quoteId;
    this.customerId = customerId;
    this.clock = start;
  }

  public static QuoteStream of(String tenant, String quoteId, Instant start) {
    return new QuoteStream(tenant, QuoteId.of(quoteId), CustomerId.of("0193a5a0-1111-7abc-8def-0123456789ab"), start);
  }

  public QuoteId quoteId() {
    return quoteId;
  }

  public TenantId tenant() {
    return tenant;
  }

  public Instant now() {
    return clock;
  }

  public List<EventEnvelope> envelopes() {
    return List.copyOf(envelopes);
  }

  public long version() {
    return envelopes.size();
  }

  public QuoteStream by(Actor who) {
    this.actor = who;
    return this;
  }

  public QuoteStream after(Duration duration) {
    clock = clock.plus(duration);
    return this;
  }

  public QuoteStream policy(RoundingPolicy rounding) {
    this.policy = rounding;
    return this;
  }

  public EventEnvelope drafted(String title, PercentOrAmount discount, PercentOrAmount deposit) {
    this.discount = discount;
    this.deposit = deposit;
    return append(new QuoteDrafted(quoteId, customerId, null, title, "Notes for " + title, null,
        LocalDate.ofInstant(clock, LONDON).plusDays(30), discount, deposit, policy, 30));
  }

  public EventEnvelope drafted(String title) {
    return drafted(title, null, null);
  }

  public EventEnvelope detailsChanged(String title, CustomerId customer, PercentOrAmount discount, PercentOrAmount deposit) {
    this.discount = discount;
    this.deposit = deposit;
    return append(new QuoteDetailsChanged(quoteId, customer, null, title, null, "Payment within 14 days", null, discount,
        deposit));
  }

  public QuoteLine line(String description, String quantity, long unitPricePence, VatCode vat, boolean optional) {
    lineCount++;
    return new QuoteLine(lineId(lineCount), description, Quantity.of(quantity), Money.ofPence(unitPricePence), vat, null,
        optional);
  }

  public EventEnvelope lineAdded(QuoteLine line) {
    lines.put(line.lineId(), line);
    return append(new QuoteLineAdded(quoteId, line));
  }

  public EventEnvelope lineChanged(QuoteLine line) {
    lines.put(line.lineId(), line);
    return append(new QuoteLineChanged(quoteId, line));
  }

  public EventEnvelope lineRemoved(LineId lineId) {
    lines.remove(lineId);
    return append(new QuoteLineRemoved(quoteId, lineId));
  }

  public List<QuoteLine> lines() {
    return List.copyOf(lines.values());
  }

  public EventEnvelope issued(long quoteNumber) {
    return issued(quoteNumber, null);
  }

  /** Issued; {@code prefix} is recorded only by the issue that takes the number, as the decider does. */
  public EventEnvelope issued(long quoteNumber, String prefix) {
    String recorded = number == null ? prefix : null;
    if (number == null) {
      number = quoteNumber;
    }
    List<QuoteLine> frozen = lines();
    LocalDate today = LocalDate.ofInstant(clock, LONDON);
    QuoteTotals totals = QuotePricing.price(frozen.stream().filter(l -> !l.optional()).toList(), discount, deposit,
        new VatTerms(policy, today, true));
    return append(new QuoteIssued(quoteId, QuoteNumber.of(number), revision, customerId, today, today.plusDays(30), frozen,
        discount, deposit, policy, totals, recorded));
  }

  public EventEnvelope viewed() {
    return append(new QuoteViewed(quoteId, clock));
  }

  public EventEnvelope accepted(Set<LineId> optionalTaken) {
    QuoteTotals totals = QuotePricing.price(lines().stream()
        .filter(l -> !l.optional() || optionalTaken.contains(l.lineId())).toList(), discount, deposit,
        new VatTerms(policy, LocalDate.ofInstant(clock, LONDON), true));
    return append(new QuoteAccepted(quoteId, clock, List.copyOf(optionalTaken), totals));
  }

  public EventEnvelope declined(DeclineReason reason, String note) {
    return append(new QuoteDeclined(quoteId, clock, reason, note));
  }

  public EventEnvelope expired() {
    return append(new QuoteExpired(quoteId, LocalDate.ofInstant(clock, LONDON)));
  }

  public EventEnvelope withdrawn(String reason) {
    return append(new QuoteWithdrawn(quoteId, clock, reason));
  }

  public EventEnvelope revised() {
    revision++;
    return append(new QuoteRevised(quoteId, revision));
  }

  public EventEnvelope convertedToJob(JobId jobId) {
    return append(new QuoteConvertedToJob(quoteId, jobId));
  }

  /** The envelope of {@code event} as the next of this stream, stored at the current schema version. */
  public EventEnvelope append(QuoteEvent event) {
    EventType<?> type = EventCodec.standard().typeOf(event);
    long version = envelopes.size() + 1;
    EventEnvelope envelope = new EventEnvelope(
        UUID.nameUUIDFromBytes((tenant + "/" + quoteId + "/" + version).getBytes(StandardCharsets.UTF_8)).toString(),
        type.name(), type.schemaVersion(), tenant, "quote", quoteId.toString(), version, clock, "cmd-" + version,
        "corr-" + quoteId, null, actor, EventCodec.standard().encode(event));
    envelopes.add(envelope);
    clock = clock.plusSeconds(60);
    return envelope;
  }

  private LineId lineId(int n) {
    String hex = quoteId.toString().replace("-", "");
    return LineId.of(String.format("%s-%s-%s-%s-%012x", hex.substring(0, 8), hex.substring(8, 12), hex.substring(12, 16),
        hex.substring(16, 20), n));
  }
}
