import type { ContextScreens } from '../../app/screens';

/** Everyone's own account: who they are to the team, and where their text messages go. */
const screens: ContextScreens = {
  id: 'me',
  nav: { label: 'My account', path: '/me' },
  routes: [{ path: 'me', load: () => import('./MyAccountScreen') }],
};
export default screens;
