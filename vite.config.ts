import type { IncomingMessage, ServerResponse } from "node:http";
import { defineConfig, type Plugin } from "vite";
import { securityHeaders } from "./security-headers.js";

/** Sends the security headers (security-headers.ts) with every response of `npm start` and `vite preview`. */
function securityHeadersPlugin(): Plugin {
  const middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    for (const [name, value] of Object.entries(securityHeaders(req.url ?? "/"))) res.setHeader(name, value);
    next();
  };
  return {
    name: "capacity-planner-security-headers",
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
  };
}

export default defineConfig({
  plugins: [securityHeadersPlugin()],
  build: { target: "es2022", sourcemap: true },
  worker: { format: "es" },
  server: { strictPort: true },
  preview: { strictPort: true },
});
