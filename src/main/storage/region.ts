// Guesses the region of a body from the start of its name, for filtering the library:
// "淮安市洪泽区人民政府" → "淮安市洪泽区", "烟台市芝罘区商务局" → "烟台市芝罘区", "眉山市经济和信息化局" → "眉山市".
// Used by storage (migrations) and the services, so it lives at the lower layer.

// Optional province, optional prefecture, optional county-level unit, in that order.
const regionPattern =
  /^((?:[\u4e00-\u9fa5]{1,7}?(?:省|自治区))?(?:[\u4e00-\u9fa5]{1,7}?(?:市|自治州|地区|盟))?(?:[\u4e00-\u9fa5]{1,9}?(?:区|县|旗))?)/u;

// Words that end in 市/区/县 without being places, and words no place name contains.
const falseEndings = ['城市', '超市', '社区', '园区', '景区', '街区', '市区'];
const notPlaceWords = ['局', '委', '办', '厅', '部', '中共', '政府', '公司'];

export function guessRegion(agency: string | null): string | null {
  if (!agency) return null;
  const name = agency.replace(/\s+/g, '');
  const region = regionPattern.exec(name)?.[1] ?? '';
  if (region.length < 2) return null;
  if (falseEndings.some((word) => region.endsWith(word))) return null;
  if (notPlaceWords.some((word) => region.includes(word))) return null;
  return region;
}
