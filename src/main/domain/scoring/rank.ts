// Bodies ranked by score: highest first, equal scores share a place (1, 2, 2, 4), ties listed by name.

export interface Ranked<T> {
  rank: number;
  item: T;
}

export function rankByScore<T>(
  items: readonly T[],
  scoreOf: (item: T) => number,
  nameOf: (item: T) => string,
): Ranked<T>[] {
  const sorted = [...items].sort(
    (a, b) => scoreOf(b) - scoreOf(a) || nameOf(a).localeCompare(nameOf(b), 'zh-CN'),
  );
  const ranked: Ranked<T>[] = [];
  sorted.forEach((item, index) => {
    const previous = ranked[index - 1];
    const rank = previous && scoreOf(previous.item) === scoreOf(item) ? previous.rank : index + 1;
    ranked.push({ rank, item });
  });
  return ranked;
}
