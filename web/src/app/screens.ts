/**
 * How a bounded context adds its screens: a folder under src/contexts/<context>/ with a screens.ts
 * that default-exports a ContextScreens (its routes, lazily loaded, and its entry in the navigation),
 * and one line in src/app/contexts.ts. See web/README.md.
 */
import type { ComponentType } from 'react';
import type { Role } from './auth';

export interface ScreenRoute {
  /** Relative to the app's root: "quotes", "quotes/:quoteId". The empty path is the home screen. */
  path: string;
  /** Loaded when first visited (its own chunk): a module whose default export is the screen. */
  load: () => Promise<{ default: ComponentType }>;
  /** Who may open it; everyone signed in when left out. */
  roles?: Role[];
}

export interface ContextScreens {
  id: string;
  nav?: { label: string; path: string; roles?: Role[] };
  routes: ScreenRoute[];
}
