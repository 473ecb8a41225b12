import { createContext } from "@lit/context";
import type { Store } from "./store.js";

/** The app store, provided once by `<cp-app>` and consumed by container views. */
export const storeContext = createContext<Store>(Symbol("cp-store"));
