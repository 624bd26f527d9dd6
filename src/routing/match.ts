// Finds the route for a path, as the development server and the tests need it. Every form of an
// address a host may serve (a trailing slash, ".html", "/index") maps to the canonical path first.
import { matchPath } from 'react-router';
import { routeTable, type RouteName } from '../routes/table';
import { canonicalForm } from './canonical';
import type { Params } from './types';


export function matchRoute(pathname: string): { name: RouteName; params: Params } | null {
  const path = canonicalForm(pathname);
  for (const [name, route] of Object.entries(routeTable) as [RouteName, (typeof routeTable)[RouteName]][]) {
    const match = matchPath({ path: route.path, end: true }, path);
    if (match) return { name, params: match.params as Params };
  }
  return null;
}
