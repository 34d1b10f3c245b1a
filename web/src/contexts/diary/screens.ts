import type { ContextScreens } from '../../app/screens';

// everyone: owners and admins book anyone and read anyone's week; staff read their own and block out their own time
const screens: ContextScreens = {
  id: 'diary',
  nav: { label: 'Diary', path: '/diary' },
  routes: [{ path: 'diary', load: () => import('./DiaryScreen') }],
};
export default screens;
