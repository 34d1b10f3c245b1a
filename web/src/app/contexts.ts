/** Every context's screen set, one line each, in the order of the navigation. */
import type { ContextScreens } from './screens';
import today from '../contexts/today/screens';
import customers from '../contexts/customers/screens';
import quotes from '../contexts/quotes/screens';
import jobs from '../contexts/jobs/screens';
import tasks from '../contexts/tasks/screens';
import diary from '../contexts/diary/screens';
import expenses from '../contexts/expenses/screens';
import resources from '../contexts/resources/screens';
import reports from '../contexts/reports/screens';
import audit from '../contexts/audit/screens';
import team from '../contexts/team/screens';
import settings from '../contexts/settings/screens';
import me from '../contexts/me/screens';

export const CONTEXTS: ContextScreens[] = [
  today,
  customers,
  quotes,
  jobs,
  tasks,
  diary,
  expenses,
  resources,
  reports,
  audit,
  team,
  settings,
  me,
];
