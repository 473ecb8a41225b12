/** The object stores: workspaces by key, proposals by id, settings and history lists under fixed keys, scenario snapshots by id. */
export type StoreName = "workspaces" | "proposals" | "meta" | "snapshots";

const DB_NAME = "capacity-planner";
const DB_VERSION = 2;
/** How long opening may take before the app goes on without storage (a blocked upgrade, a stuck profile). */
const OPEN_TIMEOUT_MS = 8000;

/** How a failed write is reported: the quota ran out, or something else refused it. */
export function storageFailureOf(e: unknown): "full" | "failed" {
  const name = e instanceof DOMException || e instanceof Error ? e.name : "";
  return name === "QuotaExceededError" ? "full" : "failed";
}

function promised<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });
}

/** A minimal promise wrapper over one IndexedDB database (no library: the platform suffices). */
export class Idb {
  constructor(private readonly db: IDBDatabase) {}

  /**
   * Opens (creating or upgrading) the app's database; null where IndexedDB is unavailable, throws, errs
   * (private mode, storage blocked by settings), is blocked by an old tab, or does not answer in time.
   */
  static async open(timeoutMs = OPEN_TIMEOUT_MS): Promise<Idb | null> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      if (typeof indexedDB === "undefined" || !indexedDB) return null;
      const req = indexedDB.open(DB_NAME, DB_VERSION);
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("IndexedDB did not open in time")), timeoutMs);
        req.onblocked = () => reject(new Error("IndexedDB upgrade blocked by another tab"));
      });
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains("workspaces")) db.createObjectStore("workspaces", { keyPath: "key" });
        if (!db.objectStoreNames.contains("proposals")) db.createObjectStore("proposals", { keyPath: "id" });
        if (!db.objectStoreNames.contains("meta")) db.createObjectStore("meta");
        if (!db.objectStoreNames.contains("snapshots")) db.createObjectStore("snapshots");
      };
      const opened = promised(req);
      // A database that opens after the app gave up on it is closed again (no second writer).
      opened.then((db) => void late.catch(() => db.close()), () => undefined);
      const db = await Promise.race([opened, late]);
      // Another tab upgrading the database gets it: this one closes (its writes then report failure).
      db.onversionchange = () => db.close();
      return new Idb(db);
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  get<T = unknown>(store: StoreName, key: IDBValidKey): Promise<T | undefined> {
    return promised(this.db.transaction(store).objectStore(store).get(key) as IDBRequest<T | undefined>);
  }

  getAll<T = unknown>(store: StoreName): Promise<T[]> {
    return promised(this.db.transaction(store).objectStore(store).getAll() as IDBRequest<T[]>);
  }

  getAllKeys(store: StoreName): Promise<IDBValidKey[]> {
    return promised(this.db.transaction(store).objectStore(store).getAllKeys());
  }

  /** Writes a value (with `key` for the out-of-line `meta` store); the commit is asked for at once, not after a round trip. */
  async put(store: StoreName, value: unknown, key?: IDBValidKey): Promise<void> {
    const tx = this.db.transaction(store, "readwrite");
    tx.objectStore(store).put(value, key);
    tx.commit?.();
    await done(tx);
  }

  /**
   * Reads one record and writes its replacement in a single readwrite transaction, so that no other tab
   * writes in between (IndexedDB runs readwrite transactions on a store one at a time): `change` gets the
   * stored value and returns the value to write (in-line key), or undefined to write nothing. Returns what
   * was written.
   */
  async update<T>(store: StoreName, key: IDBValidKey, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    const tx = this.db.transaction(store, "readwrite");
    const os = tx.objectStore(store);
    // The transaction stays active through the get's success event and the microtasks it queues.
    const next = change(await promised(os.get(key) as IDBRequest<T | undefined>));
    if (next !== undefined) os.put(next);
    tx.commit?.();
    await done(tx);
    return next;
  }

  async delete(store: StoreName, key: IDBValidKey): Promise<void> {
    const tx = this.db.transaction(store, "readwrite");
    tx.objectStore(store).delete(key);
    await done(tx);
  }
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
    tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
  });
}
