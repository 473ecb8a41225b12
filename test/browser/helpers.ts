import type { Page } from "playwright-core";

/** Waits until the results show a finished solve of the current scenario (not busy, a verdict shown). */
export async function waitForResult(page: Page, timeout = 20_000): Promise<void> {
  await page.locator('cp-results section[aria-busy="false"] #verdict').waitFor({ timeout });
  await page.waitForFunction(() => {
    const results = document.querySelector("cp-app")?.shadowRoot?.querySelector("cp-results");
    const section = results?.shadowRoot?.querySelector("section");
    return section?.getAttribute("aria-busy") === "false" && !results?.shadowRoot?.querySelector(".stale");
  }, undefined, { timeout });
}

/** Waits until the results answer a newer revision than `after`, and have finished. */
export async function waitForNewResult(page: Page, after: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction((rev) => {
    const section = document.querySelector("cp-app")?.shadowRoot?.querySelector("cp-results")?.shadowRoot?.querySelector("section");
    return section?.getAttribute("data-revision") !== rev;
  }, after, { timeout });
  await waitForResult(page, timeout);
}

/** The revision the results view is on. */
export async function revision(page: Page): Promise<string> {
  return (await page.locator("cp-results section").getAttribute("data-revision")) ?? "";
}

/** The cells of the allocation table's totals row ("全部机构" / "All facilities"). */
export async function totalsRow(page: Page): Promise<string[]> {
  return page.locator("cp-allocation-table tfoot td").allTextContents();
}
