import { SeedFileSchema, type SeedFile } from "../../models/seed/index.js";

const modules = import.meta.glob("../../seeds/*.json", { eager: true, import: "default" });

/** The bundled seed files that validate, in document order; invalid ones are reported by file name. */
export function loadSeeds(): { seeds: SeedFile[]; invalid: string[] } {
  const seeds: SeedFile[] = [];
  const invalid: string[] = [];
  for (const [path, data] of Object.entries(modules)) {
    const r = SeedFileSchema.safeParse(data);
    if (r.success) seeds.push(r.data);
    else invalid.push(path.split("/").pop() ?? path);
  }
  seeds.sort((a, b) => a.document.localeCompare(b.document));
  return { seeds, invalid };
}
