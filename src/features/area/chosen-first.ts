/** The items with the reader's chosen area first, the rest in their own order. */
export function chosenFirst<T extends { id: string }>(items: readonly T[], chosen: string | null): T[] {
  return [...items].sort((a, b) => Number(b.id === chosen) - Number(a.id === chosen));
}
