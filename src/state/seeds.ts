import { SeedFileSchema, type SeedFile } from "../../models/seed/index.js";

const modules = import.meta.glob<unknown>("../../seeds/*.json", { import: "default" });

/** The plans' seed files, fetched on first use (they are large; the first screen does not need them). */
let loading: Promise<{ seeds: SeedFile[]; invalid: string[] }> | null = null;

/** The bundled seed files that validate, in document order; invalid ones are reported by file name. */
export function loadSeeds(): Promise<{ seeds: SeedFile[]; invalid: string[] }> {
  loading ??= Promise.all(Object.entries(modules).map(async ([path, load]) => ({ path, data: await load() }))).then((files) => {
    const seeds: SeedFile[] = [];
    const invalid: string[] = [];
    for (const { path, data } of files) {
      const r = SeedFileSchema.safeParse(data);
      if (r.success) seeds.push(r.data);
      else invalid.push(path.split("/").pop() ?? path);
    }
    seeds.sort((a, b) => a.document.localeCompare(b.document));
    return { seeds, invalid };
  });
  return loading;
}
