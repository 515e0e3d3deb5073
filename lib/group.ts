/** Groups items by year, newest year first, keeping each group's order. */
export function groupByYear<T>(items: readonly T[], yearOf: (item: T) => number): [number, T[]][] {
  const groups = new Map<number, T[]>()
  for (const item of items) {
    const year = yearOf(item)
    groups.set(year, [...(groups.get(year) ?? []), item])
  }
  return [...groups.entries()].sort((a, b) => b[0] - a[0])
}
