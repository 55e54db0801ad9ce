// Ordering lists by up/down moves (student groups, structure items). Pure.

/** The order of `ids` after moving `id` one place up or down; unchanged at either end. */
export function moveInOrder(ids: readonly string[], id: string, direction: 'up' | 'down'): string[] {
  const order = [...ids];
  const from = order.indexOf(id);
  if (from < 0) return order;
  const to = direction === 'up' ? from - 1 : from + 1;
  if (to < 0 || to >= order.length) return order;
  order[from] = ids[to]!;
  order[to] = id;
  return order;
}
