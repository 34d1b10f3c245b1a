import type { ContextScreens } from '../../app/screens';

const ownersAndAdmins = ['owner', 'admin'] as const;

// equipment and vehicles: owners and admins keep them (staff see them where they are booked);
// a member's profile as a resource: owners and admins anyone's (from the team), staff their own
const screens: ContextScreens = {
  id: 'resources',
  nav: { label: 'Resources', path: '/resources', roles: [...ownersAndAdmins] },
  routes: [
    { path: 'resources', load: () => import('./ResourcesScreen'), roles: [...ownersAndAdmins] },
    { path: 'resources/staff/:memberId', load: () => import('./StaffProfileScreen') },
  ],
};
export default screens;
