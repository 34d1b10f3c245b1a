import type { ContextScreens } from '../../app/screens';

// the audit trail: owners only (every change to every record, who and when)
const screens: ContextScreens = {
  id: 'audit',
  nav: { label: 'Audit trail', path: '/audit', roles: ['owner'] },
  routes: [{ path: 'audit', load: () => import('./AuditScreen'), roles: ['owner'] }],
};
export default screens;
