import type { ContextScreens } from '../../app/screens';

const ownersAndAdmins = ['owner', 'admin'] as const;

const screens: ContextScreens = {
  id: 'quotes',
  nav: { label: 'Quotes', path: '/quotes', roles: [...ownersAndAdmins] },
  routes: [
    { path: 'quotes', load: () => import('./QuoteListScreen'), roles: [...ownersAndAdmins] },
    { path: 'quotes/new', load: () => import('./QuoteEditorScreen'), roles: [...ownersAndAdmins] },
    { path: 'quotes/:quoteId', load: () => import('./QuoteEditorScreen'), roles: [...ownersAndAdmins] },
  ],
};
export default screens;
