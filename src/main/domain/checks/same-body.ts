// sameBody: do two agency names denote the same body? Each name is read as the administrative
// divisions it starts with (the dataset in domain/places) and the rest: "淮安市洪泽区人民政府" and
// "洪泽区人民政府" are both 江苏省淮安市洪泽区 + 人民政府; "芝罘区商务局" ≠ "莱山区商务局"; a
// place mistyped by one character (沐阳县) is read as the division it is one character from. Names
// with no division in them (a bare "商务局", "县商务局") match nothing but themselves.
import { readName, type Place } from '../places/divisions';

const normalise = (name: string): string => name.replace(/[\s\u3000()（）“”"'·]/g, '');

const samePlace = (a: Place[], b: Place[]): boolean =>
  a.some((place) => b.some((other) => other.code === place.code));

export function sameBody(agencyA: string, agencyB: string): boolean {
  const a = normalise(agencyA);
  const b = normalise(agencyB);
  if (!a || !b) return false;
  if (a === b) return true;
  const nameA = readName(a);
  const nameB = readName(b);
  // A name without a place shares no place with any other (samePlace of none is false).
  return nameA.rest === nameB.rest && nameA.rest !== '' && samePlace(nameA.places, nameB.places);
}
