import type { ContextScreens } from '../../app/screens';

const ownersAndAdmins = ['owner', 'admin'] as const;

const screens: ContextScreens = {
  id: 'jobs',
  nav: { label: 'Jobs', path: '/jobs', roles: [...ownersAndAdmins] },
  routes: [
    { path: 'jobs', load: () => import('./JobListScreen'), roles: [...ownersAndAdmins] },
    { path: 'jobs/new', load: () => import('./JobScreen'), roles: [...ownersAndAdmins] },
    // staff open a job they have a task on (from their task), without its prices
    { path: 'jobs/:jobId', load: () => import('./JobScreen') },
  ],
};
export default screens;
