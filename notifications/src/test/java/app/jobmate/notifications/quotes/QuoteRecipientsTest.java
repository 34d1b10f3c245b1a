package app.jobmate.notifications.quotes;

import static app.jobmate.notifications.TestEvents.QUOTE;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.Role;
import app.jobmate.events.StreamId;
import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.quotes.LineId;
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
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.VatCode;
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.push.Delivered;
import app.jobmate.notifications.recipients.Audience;
import app.jobmate.notifications.recipients.Changes;
import app.jobmate.notifications.recipients.Notice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given what owners were told of a quote, when more happens within one window, who is told what. */
class QuoteRecipientsTest {

  private static final CustomerId CUSTOMER = new CustomerId(UUID.fromString("0193a5b2-7c41-7d2e-9f3a-00000000c001"));
  private static final QuoteLine LINE = new QuoteLine(new LineId(UUID.fromString("0193a5b2-7c41-7d2e-9f3a-00000000b001")),
      "Units", Quantity.of("1"), Money.ofPence(450_000), VatCode.STANDARD, null, false);

  private final QuoteRecipients rules = new QuoteRecipients();
  private final List<Delivered> history = new ArrayList<>();

  @Test
  void a_customer_viewing_an_issued_quote_tells_owners_and_admins_its_number_and_title() {
    givenIssued();

    List<Notice> notices = when(new QuoteViewed(QUOTE, TestEvents.NOW));

    assertThat(notices).singleElement().satisfies(n -> {
      assertThat(n.audience()).isEqualTo(new Audience.Roles(Set.of(Role.OWNER, Role.ADMIN)));
      QuoteMessage message = (QuoteMessage) n.message();
      assertThat(message.type()).isEqualTo("quote.viewed");
      assertThat(message.reference()).isEqualTo("Q-00042");
      assertThat(message.title()).isEqualTo("Kitchen refit");
      assertThat(message.gross()).isNull();
    });
  }

  @Test
  void an_acceptance_tells_owners_and_admins_the_total_accepted() {
    givenIssued();

    List<Notice> notices = when(new QuoteAccepted(QUOTE, TestEvents.NOW, List.of(), TestEvents.totals(612_000)));

    assertThat(notices).singleElement().satisfies(n -> {
      assertThat(n.audience()).isEqualTo(Audience.OFFICE);
      assertThat(n.message().type()).isEqualTo("quote.accepted");
      assertThat(((QuoteMessage) n.message()).gross()).isEqualTo(Money.ofPence(612_000));
      assertThat(n.message().showsPrices()).isTrue();
    });
  }

  @Test
  void a_decline_tells_owners_and_admins_the_reason() {
    givenIssued();

    List<Notice> notices = when(new QuoteDeclined(QUOTE, TestEvents.NOW, DeclineReason.PRICE, "Too dear"));

    assertThat(notices).singleElement().satisfies(n -> {
      assertThat(n.audience()).isEqualTo(Audience.OFFICE);
      QuoteMessage message = (QuoteMessage) n.message();
      assertThat(message.type()).isEqualTo("quote.declined");
      assertThat(message.reason()).isEqualTo(DeclineReason.PRICE);
      assertThat(message.note()).isEqualTo("Too dear");
    });
  }

  @Test
  void the_office_s_own_work_on_a_quote_tells_nobody() {
    List<QuoteEvent> quiet = officeWork();

    for (QuoteEvent event : quiet) {
      assertThat(when(event)).as(event.getClass().getSimpleName()).isEmpty();
    }
  }

  @Test
  void the_events_quotes_declare_not_notified_are_the_office_s_own_work_that_tells_nobody() {
    assertThat(new QuoteNotifications().notNotified())
        .containsExactlyInAnyOrderElementsOf(officeWork().stream().map(QuoteEvent::getClass).toList());
  }

  private static List<QuoteEvent> officeWork() {
    return List.of(
        drafted(),
        new QuoteDetailsChanged(QUOTE, CUSTOMER, null, "Kitchen refit", null, null, null, null, null),
        new QuoteLineAdded(QUOTE, LINE),
        new QuoteLineChanged(QUOTE, LINE),
        new QuoteLineRemoved(QUOTE, LINE.lineId()),
        issued(),
        new QuoteRevised(QUOTE, 2),
        new QuoteExpired(QUOTE, LocalDate.parse("2026-12-26")),
        new QuoteWithdrawn(QUOTE, TestEvents.NOW, "Changed our mind"),
        new QuoteConvertedToJob(QUOTE, new JobId(UUID.fromString("0193a5b2-7c41-7d2e-9f3a-00000000d001"))));
  }

  @Test
  void of_several_answers_in_one_window_the_latest_is_told_with_the_quote_as_it_now_stands() {
    givenIssued();

    List<Notice> notices = when(new QuoteViewed(QUOTE, TestEvents.NOW),
        new QuoteDeclined(QUOTE, TestEvents.NOW, DeclineReason.TIMING, null));

    assertThat(notices).singleElement().satisfies(n -> {
      assertThat(n.message().type()).isEqualTo("quote.declined");
      assertThat(n.message().version()).isEqualTo(5);
      assertThat(((QuoteMessage) n.message()).at()).isEqualTo(TestEvents.NOW.plusSeconds(5));
    });
  }

  @Test
  void an_answer_followed_by_the_office_s_own_work_in_one_window_is_still_told() {
    givenIssued();

    List<Notice> notices = when(new QuoteAccepted(QUOTE, TestEvents.NOW, List.of(), TestEvents.totals(612_000)),
        new QuoteConvertedToJob(QUOTE, new JobId(UUID.fromString("0193a5b2-7c41-7d2e-9f3a-00000000d001"))));

    assertThat(notices).singleElement().satisfies(n -> {
      assertThat(n.message().type()).isEqualTo("quote.accepted");
      assertThat(n.message().version()).as("the quote as it now stands").isEqualTo(5);
      assertThat(((QuoteMessage) n.message()).at()).as("when it was accepted").isEqualTo(TestEvents.NOW.plusSeconds(4));
    });
  }

  private void givenIssued() {
    when(drafted());
    when(new QuoteDetailsChanged(QUOTE, CUSTOMER, null, "Kitchen refit", null, null, null, null, null));
    when(issued());
  }

  private static QuoteDrafted drafted() {
    return new QuoteDrafted(QUOTE, CUSTOMER, null, "Kitchen", null, null, null, null, null, RoundingPolicy.PER_LINE, 30);
  }

  private static QuoteIssued issued() {
    return new QuoteIssued(QUOTE, QuoteNumber.of(42), 1, CUSTOMER, LocalDate.parse("2026-11-26"),
        LocalDate.parse("2026-12-26"), List.of(LINE), null, null, RoundingPolicy.PER_LINE, TestEvents.totals(540_000));
  }

  /** The notices of {@code events}, the next in the stream, all within one window. */
  private List<Notice> when(QuoteEvent... events) {
    long told = history.size();
    for (QuoteEvent event : events) {
      history.add(TestEvents.quote(history.size() + 1, event));
    }
    QuoteSummary before = rules.empty(new StreamId(TestEvents.ACME, "quote", QUOTE.toString()));
    QuoteSummary after = before;
    List<Changes.Change<QuoteEvent>> since = new ArrayList<>();
    for (Delivered d : history) {
      after = rules.apply(after, d.envelope(), (QuoteEvent) d.event());
      if (d.envelope().version() <= told) {
        before = after;
      } else {
        since.add(new Changes.Change<>(d.envelope(), (QuoteEvent) d.event()));
      }
    }
    return rules.notices(new Changes<>(told, before, after, since));
  }
}
