/**
 * The HTTP security headers of the app (issue 16.15): `vite preview` (and so `npm run preview` and the
 * browser tests) and `npm start` send them, and docs/deploy.md gives the same for nginx and IIS. The
 * `<meta>` policy in index.html stays as a floor for servers that send nothing, but a meta policy cannot
 * say `frame-ancestors`: only a header keeps the app out of another site's frame (clickjacking).
 */

/** The page's policy: scripts only from the app's origin, no inline script, no eval, and no framing. */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * A worker's policy (a worker takes its policy from its own response): as the page's, plus
 * 'wasm-unsafe-eval', which HiGHS needs to compile its WebAssembly — in the workers only.
 */
export const WORKER_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; object-src 'none'; base-uri 'none'";

/** Headers sent with every response. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Whether a request path is a worker script: built (`assets/solve.worker-…js`) or served by Vite in development (`…?worker_file`). */
export const isWorkerScript = (url: string) => /\.worker[-.][^/?]*\.(js|ts)(\?|$)|[?&]worker_file/.test(url);

/** The headers of a response to `url`: the common ones and the page's or the worker's policy. */
export function securityHeaders(url: string): Record<string, string> {
  return { ...COMMON_HEADERS, "Content-Security-Policy": isWorkerScript(url) ? WORKER_CSP : PAGE_CSP };
}
