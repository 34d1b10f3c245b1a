import type { ContextScreens } from '../../app/screens';

// everyone: staff log, change and submit their own; owners and admins approve, refuse and pay back
const screens: ContextScreens = {
  id: 'expenses',
  nav: { label: 'Expenses', path: '/expenses' },
  routes: [
    { path: 'expenses', load: () => import('./ExpenseListScreen') },
    { path: 'expenses/new', load: () => import('./ExpenseScreen') },
    { path: 'expenses/mileage/new', load: () => import('./MileageClaimScreen') },
    { path: 'expenses/:expenseId/mileage', load: () => import('./MileageClaimScreen') },
    { path: 'expenses/:expenseId', load: () => import('./ExpenseScreen') },
  ],
};
export default screens;
