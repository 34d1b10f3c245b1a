package app.jobmate.projections.staff.availability;

import java.util.List;

/** {@code GET /resources/staff/{memberId}/availability}: the member, the window and each of its London days. */
public record AvailabilityView(String member, String from, String to, List<AvailableDay> days) {

  public AvailabilityView {
    days = List.copyOf(days);
  }
}
