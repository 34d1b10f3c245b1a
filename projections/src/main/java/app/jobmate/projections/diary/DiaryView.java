package app.jobmate.projections.diary;

import java.util.List;

/**
 * A member's diary for a window of London days as {@code GET /diary} answers it: the booked
 * appointments that touch those days, by start, each once (one over midnight is in both days' documents).
 */
public record DiaryView(String member, String from, String to, List<DiaryEntry> appointments) {

  public DiaryView {
    appointments = List.copyOf(appointments);
  }
}
