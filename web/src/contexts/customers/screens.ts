import type { ContextScreens } from '../../app/screens';

const ownersAndAdmins = ['owner', 'admin'] as const;

const screens: ContextScreens = {
  id: 'customers',
  nav: { label: 'Customers', path: '/customers', roles: [...ownersAndAdmins] },
  routes: [
    { path: 'customers', load: () => import('./CustomerListScreen'), roles: [...ownersAndAdmins] },
    { path: 'customers/new', load: () => import('./CustomerScreen'), roles: [...ownersAndAdmins] },
    { path: 'customers/:customerId', load: () => import('./CustomerScreen'), roles: [...ownersAndAdmins] },
  ],
};
export default screens;
