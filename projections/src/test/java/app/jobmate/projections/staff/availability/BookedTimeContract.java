package app.jobmate.projections.staff.availability;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.values.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What every {@link BookedTime} does, run on the in-memory adapter and on the diary's real read model. */
public abstract class BookedTimeContract {

  protected static final TenantId ACME = TenantId.of("t-acme");
  protected static final TenantId BRIGHTSIDE = TenantId.of("t-brightside");
  protected static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
  protected static final String PRIYA = "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a";

  /** {@code member} has the time {@code start}-{@code end} (London, {@code 2027-03-01T09:00}) reserved. */
  protected abstract void reserved(TenantId tenant, String member, String appointmentId, String start, String end);

  protected abstract BookedTime bookedTime();

  @Test
  void a_reservation_over_two_days_is_read_once_and_one_outside_the_days_not_at_all() {
    reserved(ACME, SAM, "0193b2a0-4444-7abc-8def-000000000001", "2027-03-01T22:00", "2027-03-02T02:00");
    reserved(ACME, SAM, "0193b2a0-4444-7abc-8def-000000000002", "2027-03-05T09:00", "2027-03-05T10:00");

    var booked = bookedTime().of(ACME, SAM, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 3));

    assertThat(booked).containsExactly(new BookedTime.Booked("0193b2a0-4444-7abc-8def-000000000001",
        Instant.parse("2027-03-01T22:00:00Z"), Instant.parse("2027-03-02T02:00:00Z")));
  }

  @Test
  void only_the_member_s_own_reservations_in_their_own_business_are_read() {
    reserved(ACME, PRIYA, "0193b2a0-4444-7abc-8def-000000000003", "2027-03-01T09:00", "2027-03-01T10:00");
    reserved(BRIGHTSIDE, SAM, "0193b2a0-4444-7abc-8def-000000000004", "2027-03-01T09:00", "2027-03-01T10:00");

    assertThat(bookedTime().of(ACME, SAM, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1))).isEmpty();
  }
}
