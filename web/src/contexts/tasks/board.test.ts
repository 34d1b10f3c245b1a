import { describe, expect, it } from 'vitest';
import { apply, column, merge, type Board } from './board';

const task = (id: string, version: number, extra = {}) => ({ taskId: id, version, title: `T${id}`, status: 'open' as const, priority: 'normal', ...extra });

describe('the task board', () => {
  it('never goes back to an older version of a task', () => {
    let board: Board = merge({}, task('a', 3, { title: 'new' }));
    board = merge(board, task('a', 2, { title: 'old' }));
    expect(board.a.title).toBe('new');
  });
  it('adds a task assigned to me by a message, and takes it away when it is removed', () => {
    let board = apply({}, { type: 'task.assigned', taskId: 'a', version: 2, title: 'Boiler', status: 'open', priority: 'high', checklist: [{ itemId: 'i', text: 'x', done: true }] }, 'me', true);
    expect(board.a).toMatchObject({ title: 'Boiler', assignee: 'me', checklistDone: 1, checklistTotal: 1 });
    board = apply(board, { type: 'task.removed', taskId: 'a', version: 3 }, 'me', true);
    expect(board.a).toBeUndefined();
  });
  it('moves a task between columns as its status changes, and ignores messages of other subjects', () => {
    let board = merge({}, task('a', 1));
    board = apply(board, { type: 'task.started', taskId: 'a', version: 2, title: 'Ta', status: 'in-progress', priority: 'normal' }, 'me', true);
    board = apply(board, { type: 'quote.accepted', quoteId: 'q', version: 9 }, 'me', true);
    expect(column(board, 'open')).toEqual([]);
    expect(column(board, 'in-progress').map((t) => t.taskId)).toEqual(['a']);
  });
  it('orders a column by due date, undated last, then by urgency', () => {
    const board = [task('a', 1, { dueDate: '2026-12-02' }), task('b', 1), task('c', 1, { dueDate: '2026-12-01', priority: 'low' }),
      task('d', 1, { dueDate: '2026-12-01', priority: 'urgent' })].reduce(merge, {} as Board);
    expect(column(board, 'open').map((t) => t.taskId)).toEqual(['d', 'c', 'a', 'b']);
  });
});
