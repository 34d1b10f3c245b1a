package app.jobmate.events.diary;

import app.jobmate.events.DomainEvent;

/**
 * Every event of the diary context: an appointment's ({@link AppointmentEvent}), a member's day
 * schedule's ({@link ScheduleEvent}) or a recurring series' ({@link SeriesEvent}), so that a consumer of
 * the whole context switches over them exhaustively.
 */
public sealed interface DiaryEvent extends DomainEvent permits AppointmentEvent, ScheduleEvent, SeriesEvent {
}
