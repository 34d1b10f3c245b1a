import { describe, expect, it } from 'vitest';
import { noticeOf } from './notices';

describe('the toasts real time raises', () => {
  it('tells me what others gave me, moved or took off me, never my own changes', () => {
    const visit = { title: 'Boiler service', start: '2026-12-07T09:00', end: '2026-12-07T10:30', by: 'u-owner' };
    expect(noticeOf({ type: 'appointment.booked', ...visit }, 'u-sam')).toBe('Booked for you: Boiler service, 07/12/2026 09:00–10:30');
    expect(noticeOf({ type: 'appointment.moved', ...visit, start: '2026-12-08T13:00', end: '2026-12-08T14:30' }, 'u-sam'))
      .toBe('Moved: Boiler service, now 08/12/2026 13:00–14:30');
    expect(noticeOf({ type: 'appointment.unassigned', ...visit }, 'u-sam')).toBe('No longer yours: Boiler service on 07/12/2026');
    expect(noticeOf({ type: 'appointment.cancelled', ...visit }, 'u-sam')).toBe('Cancelled: Boiler service on 07/12/2026 09:00');
    expect(noticeOf({ type: 'appointment.booked', ...visit }, 'u-owner')).toBeNull();
    expect(noticeOf({ type: 'task.assigned', title: 'Order valves', by: 'u-owner' }, 'u-sam')).toBe('A task was given to you: Order valves');
    expect(noticeOf({ type: 'task.changed', title: 'Order valves', by: 'u-owner' }, 'u-sam')).toBeNull();
  });

  it('sums up my morning: visits with the first one\'s time, tasks due, and nothing when neither', () => {
    const visits = [{ title: 'Survey the loft', start: '2026-11-27T08:30' }, { title: 'Fit the boiler', start: '2026-11-27T11:00' }];
    expect(noticeOf({ type: 'reminder.today', visits, tasks: [{ taskId: 't1' }] }, 'u-sam'))
      .toBe('Today: 2 visits, the first at 08:30 (Survey the loft); 1 task due.');
    expect(noticeOf({ type: 'reminder.today', visits: [], tasks: [{}, {}] }, 'u-sam')).toBe('Today: 2 tasks due.');
    expect(noticeOf({ type: 'reminder.today', visits: visits.slice(1), tasks: [] }, 'u-sam')).toBe('Today: 1 visit, the first at 11:00 (Fit the boiler).');
    expect(noticeOf({ type: 'reminder.today', visits: [], tasks: [] }, 'u-sam')).toBeNull();
  });
});
