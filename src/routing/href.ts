// Typed links from the route table: href('guide', { id: 'snapchat' }) is "/apps/snapchat". A
// route's params are read from its path pattern, so a missing or misspelt param fails the type check.
import { routeTable, type RouteName } from '../routes/table';

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}` ? Name | ParamNames<`/${Rest}`> : P extends `${string}:${infer Name}` ? Name : never;
type ParamsFor<N extends RouteName> = { readonly [K in ParamNames<(typeof routeTable)[N]['path']>]: string };

/** Fills a path pattern; every value is URI-encoded. */
export function fillPath(pattern: string, params: Readonly<Record<string, string>>): string {
  return pattern.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for :${name} in ${pattern}`);
    return encodeURIComponent(value);
  });
}

/** The path of a page inside the site, without the base path (router links add it). */
export function href<N extends RouteName>(name: N, ...params: keyof ParamsFor<N> extends never ? [] : [ParamsFor<N>]): string {
  return fillPath(routeTable[name].path, params[0] ?? {});
}
