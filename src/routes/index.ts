// Every page of the guide. Order matters only where patterns overlap: the first match wins.
import type { RouteDef } from '../routing/types';
import { aboutRoute } from './about/route';
import { appsRoute } from './apps/route';
import { guideRoute } from './guide/route';
import { firstHourRoute, helpRoute, signsRoute, whichRouteRoute } from './help/route';
import { homeRoute } from './home/route';
import { localIndexRoute, localRoute } from './local/route';

export const routes: readonly RouteDef[] = [
  homeRoute,
  appsRoute,
  guideRoute,
  localIndexRoute,
  localRoute,
  helpRoute,
  firstHourRoute,
  whichRouteRoute,
  signsRoute,
  aboutRoute,
];

export { notFoundRoute } from './not-found/route';
