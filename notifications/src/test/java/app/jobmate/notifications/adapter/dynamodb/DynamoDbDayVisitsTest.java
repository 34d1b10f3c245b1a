package app.jobmate.notifications.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.StreamId;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.TestClock;
import app.jobmate.notifications.diary.visits.AppointmentStreams;
import app.jobmate.notifications.diary.visits.DayVisit;
import app.jobmate.notifications.diary.visits.DayVisits;
import app.jobmate.notifications.diary.visits.DayVisitsContract;
import app.jobmate.notifications.diary.visits.VisitKey;
import app.jobmate.notifications.diary.visits.VisitPlacement;
import app.jobmate.testing.LocalDynamoDb;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbDayVisitsTest extends DayVisitsContract {

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(TemplateTables.both());

  private final TestClock clock = new TestClock(Instant.parse("2026-11-26T10:15:30Z"));

  @Override
  protected DayVisits dayVisits() {
    return new DynamoDbDayVisits(dynamoDb.client(), TemplateTables.CONNECTIONS, clock);
  }

  @Test
  void a_visit_is_one_item_per_day_member_and_appointment_and_a_place_left_keeps_the_version_that_took_it_off() {
    TenantId tenant = TenantId.of("t-layout");
    AppointmentId id = AppointmentId.of("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");
    StreamId stream = AppointmentStreams.of(tenant, id);
    LocalDate friday = LocalDate.parse("2026-11-27");
    LocalDate monday = LocalDate.parse("2026-11-30");
    UserId sam = UserId.of("u-sam");
    DayVisits index = dayVisits();

    index.place(new VisitPlacement(stream, 1, List.of(meeting(friday, tenant, sam, id, 1)), Set.of()));
    index.place(new VisitPlacement(stream, 2, List.of(meeting(monday, tenant, sam, id, 2)),
        Set.of(new VisitKey(friday, tenant, sam, id))));

    Map<String, AttributeValue> listed = item("VISITS#2026-11-30", "t-layout#u-sam#0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");
    assertThat(listed.get("state").s()).isEqualTo("booked");
    assertThat(listed.get("tenantId").s()).isEqualTo("t-layout");
    assertThat(listed.get("memberId").s()).isEqualTo("u-sam");
    assertThat(listed.get("appointmentId").s()).isEqualTo("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");
    assertThat(listed.get("kind").s()).isEqualTo("meeting");
    assertThat(listed.get("start").s()).isEqualTo("2026-11-30T10:00");
    assertThat(listed.get("end").s()).isEqualTo("2026-11-30T11:00");
    assertThat(listed.get("title").s()).isEqualTo("Team meeting");
    assertThat(listed).as("a meeting visits no job").doesNotContainKey("jobId");
    assertThat(listed.get("version").n()).isEqualTo("2");
    // a week after the day, midnight in London (GMT in winter)
    assertThat(listed.get("expiresAt").n()).isEqualTo(Long.toString(Instant.parse("2026-12-07T00:00:00Z").getEpochSecond()));
    Map<String, AttributeValue> left = item("VISITS#2026-11-27", "t-layout#u-sam#0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");
    assertThat(left.get("state").s()).isEqualTo("removed");
    assertThat(left).doesNotContainKeys("title", "start", "end", "kind");
    assertThat(left.get("version").n()).isEqualTo("2");
    assertThat(left.get("expiresAt").n())
        .isEqualTo(Long.toString(clock.instant().plus(Duration.ofDays(2)).getEpochSecond()));
  }

  private static DayVisit meeting(LocalDate day, TenantId tenant, UserId member, AppointmentId id, long version) {
    LocalDateTime start = day.atTime(10, 0);
    LocalDateTime end = day.atTime(11, 0);
    return new DayVisit(day, tenant, member, id, AppointmentKind.MEETING, start, end,
        start.atZone(java.time.ZoneId.of("Europe/London")).toInstant(),
        end.atZone(java.time.ZoneId.of("Europe/London")).toInstant(), "Team meeting", null, version);
  }

  private static Map<String, AttributeValue> item(String pk, String sk) {
    return dynamoDb.client().getItem(r -> r.tableName(TemplateTables.CONNECTIONS).consistentRead(true)
        .key(Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk)))).item();
  }
}
