import type { ContextScreens } from '../../app/screens';

const ownersAndAdmins = ['owner', 'admin'] as const;

const screens: ContextScreens = {
  id: 'settings',
  nav: { label: 'Settings', path: '/settings', roles: [...ownersAndAdmins] },
  routes: [{ path: 'settings', load: () => import('./SettingsScreen'), roles: [...ownersAndAdmins] }],
};
export default screens;
