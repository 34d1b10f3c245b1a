import type { ContextScreens } from '../../app/screens';

const screens: ContextScreens = {
  id: 'tasks',
  nav: { label: 'Tasks', path: '/tasks' },
  routes: [{ path: 'tasks', load: () => import('./TaskBoardScreen') }],
};
export default screens;
