import type { ContextScreens } from '../../app/screens';

const ownersAndAdmins = ['owner', 'admin'] as const;

const screens: ContextScreens = {
  id: 'team',
  nav: { label: 'Team', path: '/team', roles: [...ownersAndAdmins] },
  routes: [{ path: 'team', load: () => import('./TeamScreen'), roles: [...ownersAndAdmins] }],
};
export default screens;
