package app.jobmate.projections.staff.availability;

import java.util.List;

/**
 * {@code GET /diary/free-slots}: the window, the length asked for, the members looked at, and the free slots
 * in time order (then by member), at most {@link FreeSlots#MAX_SLOTS}; {@code truncated} when there were
 * more slots or more members than looked at.
 */
public record FreeSlotsView(String from, String to, long durationMinutes, String skill, List<String> members,
                            List<FreeSlot> slots, boolean truncated) {

  public FreeSlotsView {
    members = List.copyOf(members);
    slots = List.copyOf(slots);
  }
}
