import type { ContextScreens } from '../../app/screens';

// the money reports: owners and admins (staff see no other prices)
const screens: ContextScreens = {
  id: 'reports',
  nav: { label: 'Reports', path: '/reports', roles: ['owner', 'admin'] },
  routes: [{ path: 'reports', load: () => import('./ReportsScreen'), roles: ['owner', 'admin'] }],
};
export default screens;
