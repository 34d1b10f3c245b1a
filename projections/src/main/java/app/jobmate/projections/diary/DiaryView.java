package app.jobmate.projections.diary;

import java.util.List;

/**
 * A member's or a busy resource's diary for a window of London days as {@code GET /diary} answers it: the
 * booked appointments that touch those days, by start, each once (one over midnight is in both days'
 * documents). {@code member} for a member's diary; {@code resource} instead for a resource's.
 */
public record DiaryView(String member, String from, String to, List<DiaryEntry> appointments, String resource) {

  public DiaryView {
    appointments = List.copyOf(appointments);
  }

  /** A member's diary. */
  public DiaryView(String member, String from, String to, List<DiaryEntry> appointments) {
    this(member, from, to, appointments, null);
  }
}
