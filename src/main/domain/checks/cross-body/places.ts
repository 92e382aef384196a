// Places of bodies for the cross-body check: a region name split into its divisions ("淮安市洪泽区" →
// 淮安市 › 洪泽区), short names completed from longer ones in the same set ("洪泽区" → 淮安市 › 洪泽区),
// and whether a body is the region's government itself ("淮安市洪泽区人民政府").

const DIVISION = /[\u4e00-\u9fa5]+?(?:省|自治区|特别行政区|自治州|地区|盟|市|州|自治县|县|区|自治旗|旗)/gu;

/** Whitespace removed and the known OCR slip (沐 for 沭) undone, as sameBody does. */
export const normalisePlace = (text: string): string => text.replace(/[\s\u3000]/g, '').replace(/沐/g, '沭');

export function divisionsOf(region: string): string[] {
  return normalisePlace(region).match(DIVISION) ?? [];
}

/** A body is its region's government when its name is the region followed by 人民政府 (or 政府). */
export function isGovernment(agency: string, region: string): boolean {
  const name = normalisePlace(agency);
  const place = normalisePlace(region);
  if (!name.startsWith(place)) return false;
  const rest = name.slice(place.length);
  return rest === '人民政府' || rest === '政府';
}

const key = (path: string[]): string => path.join('›');

/**
 * Completes short paths from the longer paths that end with them, when that completion is unambiguous:
 * ["洪泽区"] becomes ["淮安市", "洪泽区"] if the set holds 淮安市洪泽区 and no other 洪泽区.
 */
export function completePaths(paths: string[][]): Map<string, string[]> {
  const known = new Map(paths.map((path) => [key(path), path]));
  const completed = new Map<string, string[]>();
  for (const path of known.values()) {
    // The paths ending with this one (itself included: a shorter path never ends with it).
    const longer = [...known.values()].filter(
      (other) => key(other.slice(other.length - path.length)) === key(path),
    );
    const longest = longer.sort((a, b) => b.length - a.length)[0]!;
    // Unambiguous: every longer path is the longest one, or a tail of it.
    const unique = longer.every((other) => key(longest.slice(longest.length - other.length)) === key(other));
    completed.set(key(path), unique ? longest : path);
  }
  return completed;
}

export const pathKey = key;
