// The caching docs/deploy.md asks of a host, for `vite preview` (and so for the browser tests and
// the benchmarks): files in assets/ carry a content hash in their names and are cached for a year
// without asking again; pages are asked again each time, so a new release is picked up at once.
// Vite's preview sends `no-cache` for everything, which makes every return visit re-ask the server
// for every chunk, as no host set up per the guide would.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** Cache-Control for a path under the site's root, as docs/deploy.md sets it. */
export function cacheControlFor(pathname) {
  return /(^|\/)assets\/[^/]+$/.test(pathname) ? IMMUTABLE : REVALIDATE;
}

/** A Vite plugin: preview only; the dev server keeps its own (no caching). */
export function deployedCaching() {
  return {
    name: 'kept-deployed-caching',
    configurePreviewServer(server) {
      // Before the static files: the header replaces the one they write when the response starts.
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
        const writeHead = res.writeHead;
        res.writeHead = function (status, ...rest) {
          const headers = rest.find((arg) => typeof arg === 'object' && arg !== null);
          if (headers !== undefined) delete headers['Cache-Control'];
          res.setHeader('Cache-Control', cacheControlFor(pathname));
          return writeHead.call(this, status, ...rest);
        };
        next();
      });
    },
  };
}
