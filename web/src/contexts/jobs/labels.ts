import type { Schemas } from '../../app/api';

export const JOB_STATUS_LABELS: Record<Schemas['JobStatus'], string> = {
  open: 'Open', scheduled: 'Scheduled', 'in-progress': 'In progress', completed: 'Completed', cancelled: 'Cancelled',
};
