// sameBody: do two agency names denote the same body? "芝罘区商务局" = "烟台市芝罘区商务局" (one
// is the other with a region prefix); "芝罘区商务局" ≠ "莱山区商务局"; a bare "商务局" or "县商务局"
// names no body and matches nothing but itself. Whitespace, brackets and one known OCR slip
// (沐 read for 沭, as in 沐阳县) are normalised.

/** Characters OCR confuses in place names, mapped to one spelling. */
const OCR_SLIPS: Record<string, string> = { 沐: '沭' };

function normalise(name: string): string {
  return [...name.replace(/[\s\u3000()（）“”"'·]/g, '')].map((char) => OCR_SLIPS[char] ?? char).join('');
}

/** One or more administrative divisions: "烟台市", "山东省烟台市", "江苏省宿迁市". */
const REGION_PREFIX =
  /^(?:[\u4e00-\u9fa5]+?(?:省|自治区|特别行政区|市|自治州|州|地区|盟|自治县|县|区|自治旗|旗))+$/;
/** A body name that starts with a division of its own: "芝罘区商务局", "沭阳县人民政府". */
const REGIONAL_NAME = /^[\u4e00-\u9fa5]+?(?:省|自治区|市|州|地区|盟|县|区|旗)[\u4e00-\u9fa5]{2,}$/;

export function sameBody(agencyA: string, agencyB: string): boolean {
  const a = normalise(agencyA);
  const b = normalise(agencyB);
  if (!a || !b) return false;
  if (a === b) return true;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  if (!longer.endsWith(shorter) || !REGIONAL_NAME.test(shorter)) return false;
  return REGION_PREFIX.test(longer.slice(0, longer.length - shorter.length));
}
