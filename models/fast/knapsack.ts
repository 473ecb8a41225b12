/** An item of a fractional knapsack: up to `cap` units, each worth `value` and costing `price` (budget) and `cost` (cost goal). */
export type KnapsackItem = { readonly index: number; readonly cap: number; readonly value: number; readonly price: number; readonly cost: number };

const TIE = 1e-12;

/** Value per unit of budget: free items (price 0) come first. */
function ratio(it: KnapsackItem): number {
  return it.price > 0 ? it.value / it.price : Infinity;
}

/** Cost-goal spend per unit of budget: the tie-break among items of equal ratio. */
function costPerBudget(it: KnapsackItem): number {
  return it.price > 0 ? it.cost / it.price : it.cost;
}

/**
 * Fills items greedily by value per unit of budget (the exact optimum of a fractional knapsack) and
 * returns the units taken of each item and the budget left. Items of equal ratio (within 1e-12
 * relative) are filled cheapest in the cost goal first: every optimum spends the same budget on such
 * a group, so this is the optimum the later cost phase would pick among them. Items without value are
 * not filled.
 */
export function fillKnapsack(items: readonly KnapsackItem[], budget: number): { taken: Map<number, number>; left: number } {
  const sorted = items.filter((it) => it.value > 0 && it.cap > 0).sort((x, y) => ratio(y) - ratio(x));
  // Within runs of (nearly) equal ratio, order by the cost goal.
  for (let i = 0; i < sorted.length; ) {
    const r0 = ratio(sorted[i]!);
    let j = i + 1;
    while (j < sorted.length && (r0 === Infinity ? ratio(sorted[j]!) === Infinity : r0 - ratio(sorted[j]!) <= TIE * r0)) j++;
    if (j - i > 1) {
      const run = sorted.slice(i, j).sort((x, y) => costPerBudget(x) - costPerBudget(y));
      sorted.splice(i, j - i, ...run);
    }
    i = j;
  }
  const taken = new Map<number, number>();
  let left = budget;
  for (const it of sorted) {
    if (it.price === 0) {
      taken.set(it.index, it.cap);
      continue;
    }
    if (left <= 0) break;
    const units = Math.min(it.cap, left / it.price);
    taken.set(it.index, units);
    left = units === it.cap ? left - units * it.price : 0;
  }
  return { taken, left: Math.max(0, left) };
}
