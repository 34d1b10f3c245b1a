package app.jobmate.notifications.recipients;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventType;
import app.jobmate.events.EventTypes;
import org.junit.jupiter.api.Test;

class RecipientsTest {

  // DomainEvent is not sealed, so the compiler cannot say when a new context arrives: this test does
  @Test
  void every_published_event_type_has_notice_rules() {
    for (EventType<?> type : EventTypes.all()) {
      assertThat(Recipients.forType(type.recordType())).as(type.name()).isPresent();
    }
  }
}
