import type { ContextScreens } from '../../app/screens';

const screens: ContextScreens = {
  id: 'today',
  nav: { label: 'Today', path: '/' },
  routes: [{ path: '', load: () => import('./TodayScreen') }],
};
export default screens;
