import { defineConfig } from "vite";

export default defineConfig({
  build: { target: "es2022", sourcemap: true },
  worker: { format: "es" },
  server: { strictPort: true },
  preview: { strictPort: true },
});
