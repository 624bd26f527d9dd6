// The canonical form of a path inside the site: no trailing slash, no ".html", no "/index".
// Hosts serve all of these forms; the server and the service worker redirect them here.
export function canonicalForm(pathname: string): string {
  let path = pathname.replace(/\/+$/, '') || '/';
  path = path.replace(/\.html$/, '');
  if (path === '/index') return '/';
  if (path.endsWith('/index')) path = path.slice(0, -'/index'.length) || '/';
  return path;
}
