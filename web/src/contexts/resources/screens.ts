import type { ContextScreens } from '../../app/screens';

const ownersAndAdmins = ['owner', 'admin'] as const;

// equipment and vehicles: owners and admins keep them (staff see them where they are booked)
const screens: ContextScreens = {
  id: 'resources',
  nav: { label: 'Resources', path: '/resources', roles: [...ownersAndAdmins] },
  routes: [{ path: 'resources', load: () => import('./ResourcesScreen'), roles: [...ownersAndAdmins] }],
};
export default screens;
