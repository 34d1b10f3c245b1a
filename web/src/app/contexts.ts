/** Every context's screen set, one line each, in the order of the navigation. */
import type { ContextScreens } from './screens';
import today from '../contexts/today/screens';
import quotes from '../contexts/quotes/screens';
import tasks from '../contexts/tasks/screens';

export const CONTEXTS: ContextScreens[] = [
  today,
  quotes,
  tasks,
];
