/**
 * The task board's state, kept by version: a task is replaced only by a newer version of itself,
 * whether it comes from a list, a command's answer or a real-time message, so the board never
 * goes back to an older state than one it has shown.
 */
export type Status = 'open' | 'in-progress' | 'done' | 'cancelled';

export interface BoardTask {
  taskId: string;
  version: number;
  title: string;
  status: Status;
  priority: string;
  dueDate?: string;
  assignee?: string;
  overdue?: boolean;
  checklistDone?: number;
  checklistTotal?: number;
  checklist?: { itemId: string; text: string; done: boolean }[];
}

export type Board = Record<string, BoardTask>;

export function merge(board: Board, task: BoardTask): Board {
  const current = board[task.taskId];
  if (current && current.version >= task.version) return board;
  const checklist = task.checklist ?? current?.checklist;
  return {
    ...board,
    [task.taskId]: {
      ...current,
      ...task,
      checklist,
      checklistDone: checklist ? checklist.filter((i) => i.done).length : task.checklistDone ?? current?.checklistDone,
      checklistTotal: checklist ? checklist.length : task.checklistTotal ?? current?.checklistTotal,
    },
  };
}

export function remove(board: Board, taskId: string, version: number): Board {
  const current = board[taskId];
  if (!current || current.version > version) return board;
  const next = { ...board };
  delete next[taskId];
  return next;
}

/** A real-time message applied to the board of {@code me} (who sees only their own tasks when {@code onlyMine}). */
export function apply(board: Board, message: Record<string, unknown>, me: string, onlyMine: boolean): Board {
  const type = String(message.type ?? '');
  const taskId = message.taskId as string | undefined;
  if (!type.startsWith('task.') || !taskId) return board;
  const version = Number(message.version ?? 0);
  if (type === 'task.removed') return onlyMine ? remove(board, taskId, version) : board;
  const assignee = type === 'task.assigned' || (message.assignee === undefined && onlyMine) ? me : (message.assignee as string | undefined) ?? board[taskId]?.assignee;
  return merge(board, {
    taskId, version, title: String(message.title ?? board[taskId]?.title ?? ''), status: (message.status as Status) ?? board[taskId]?.status ?? 'open',
    priority: String(message.priority ?? board[taskId]?.priority ?? 'normal'), dueDate: message.dueDate as string | undefined,
    assignee, checklist: message.checklist as BoardTask['checklist'],
  });
}

export const COLUMNS: { status: Status; label: string }[] = [
  { status: 'open', label: 'To do' },
  { status: 'in-progress', label: 'In progress' },
  { status: 'done', label: 'Done' },
  { status: 'cancelled', label: 'Cancelled' },
];

const URGENCY: Record<string, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

/** A column's order: by due date (undated last), then the most urgent. */
export function column(board: Board, status: Status): BoardTask[] {
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return Object.values(board).filter((t) => t.status === status).sort((a, b) =>
    cmp(a.dueDate ?? '~', b.dueDate ?? '~') || (URGENCY[a.priority] ?? 9) - (URGENCY[b.priority] ?? 9) || cmp(a.taskId, b.taskId));
}
