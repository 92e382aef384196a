// China's administrative divisions (province, prefecture, county level) from the dataset kept beside
// this file (README.md: source, version, licence). A body's name is read as the places it starts with
// and the rest: "淮安市洪泽区人民政府" and "洪泽区人民政府" are both 江苏省淮安市洪泽区 + 人民政府.
import data from './divisions-pca.json' with { type: 'json' };

interface DivisionNode {
  code: string;
  name: string;
  children?: DivisionNode[];
}

/** A division with the divisions above it: ["江苏省", "淮安市", "洪泽区"]. */
export interface Place {
  code: string;
  path: string[];
}

/** Placeholder prefecture entries under the municipalities (直辖市). */
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const byName = new Map<string, Place[]>();
const add = (name: string, place: Place): void => {
  byName.set(name, [...(byName.get(name) ?? []), place]);
};
for (const province of data as DivisionNode[]) {
  add(province.name, { code: province.code, path: [province.name] });
  for (const city of province.children ?? []) {
    const cityPath = PLACEHOLDERS.has(city.name) ? [province.name] : [province.name, city.name];
    if (!PLACEHOLDERS.has(city.name)) add(city.name, { code: city.code, path: cityPath });
    for (const county of city.children ?? []) add(county.name, { code: county.code, path: [...cityPath, county.name] });
  }
}

/** Every division called `name` (a county name may be used in several provinces). */
export const divisionsNamed = (name: string): Place[] => byName.get(name) ?? [];

/** A place name as written: ends in a division's suffix. */
const PLACE_CHUNK = /^[\u4e00-\u9fa5]{1,12}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|州|盟|县|区|旗)/;
const LONGEST_NAME = 12;

export interface ReadName {
  /** Candidate places of the name (one unless a bare county name is ambiguous); empty when it names none. */
  places: Place[];
  /** What follows the places: "人民政府", "商务局". */
  rest: string;
  /** A leading place that is no division, but one character away from some (沐阳县 → 沭阳县). */
  nearMiss?: { written: string; places: Place[] };
}

/**
 * Names read so far, shared by every caller (import's region, the agency.place check, sameBody across a
 * library): reading a name against the divisions is the costly part, and names recur. Up to a bound, so that
 * no run of distinct names keeps memory growing. Callers only read the answers.
 */
const namesRead = new Map<string, ReadName>();
const maxNamesKept = 10_000;

/** The leading divisions of a body's name, each one within the one before it. */
export function readName(name: string): ReadName {
  let read = namesRead.get(name);
  if (read === undefined) {
    read = readNameAfresh(name);
    if (namesRead.size < maxNamesKept) namesRead.set(name, read);
  }
  return read;
}

function readNameAfresh(name: string): ReadName {
  let places: Place[] = [];
  let rest = name;
  for (;;) {
    const next = leadingDivision(rest, places);
    if (!next) break;
    places = next.places;
    rest = rest.slice(next.length);
  }
  if (places.length > 0) return { places, rest };
  const chunk = PLACE_CHUNK.exec(name)?.[0];
  const near = chunk ? oneCharAway(chunk) : [];
  if (!chunk || near.length === 0) return { places: [], rest: name };
  // Read as the division it most likely means, so that the body is still recognised; a finding says so.
  const after = readName(name.replace(chunk, near[0]!.path[near[0]!.path.length - 1]!));
  return { ...after, nearMiss: { written: chunk, places: near } };
}

/** The longest division name at the start of `text` that lies within `within` (any, when empty). */
function leadingDivision(text: string, within: Place[]): { places: Place[]; length: number } | undefined {
  for (let length = Math.min(LONGEST_NAME, text.length); length >= 2; length--) {
    const candidates = divisionsNamed(text.slice(0, length)).filter(
      (place) => within.length === 0 || within.some((outer) => isWithin(place, outer)),
    );
    if (candidates.length > 0) return { places: candidates, length };
  }
  return undefined;
}

const isWithin = (inner: Place, outer: Place): boolean =>
  inner.path.length > outer.path.length && outer.path.every((name, i) => inner.path[i] === name);

/**
 * How far apart two characters stand in Unicode's radical-stroke order: look-alikes written with the
 * same radical and about as many strokes (沐 and 沭, both 氵 with four and five strokes) are close.
 */
const LOOK_ALIKE_DISTANCE = 48;

/**
 * Divisions whose name differs from `written` in exactly one character that looks like the one written
 * (same length, same suffix), nearest first: "沐阳县" → 沭阳县, not 高阳县 or 泗阳县.
 */
export function oneCharAway(written: string): Place[] {
  if (divisionsNamed(written).length > 0) return [];
  const found: Array<{ distance: number; places: Place[] }> = [];
  for (const [name, places] of byName) {
    if (name.length !== written.length || name.at(-1) !== written.at(-1)) continue;
    const differing = [...name].flatMap((char, i) => (char === written[i] ? [] : [[char, written[i]!] as const]));
    if (differing.length !== 1) continue;
    const [a, b] = differing[0]!;
    const distance = Math.abs(a.codePointAt(0)! - b.codePointAt(0)!);
    if (distance <= LOOK_ALIKE_DISTANCE) found.push({ distance, places });
  }
  found.sort((x, y) => x.distance - y.distance);
  return found.flatMap((entry) => entry.places);
}

/** "江苏省淮安市洪泽区": the full name of a place. */
export const placeName = (place: Place): string => place.path.join('');
