// The region of a body, for filtering the library: the administrative division its name starts with,
// read against the divisions dataset, so that "淮安市洪泽区人民政府" and "洪泽区人民政府" are both
// "淮安市洪泽区"; "眉山市经济和信息化局" → "眉山市". Names the dataset cannot place (an unknown or
// ambiguous name) fall back to the divisions the name spells out. Used by storage (migrations) and
// the services, so it lives at the lower layer.
import { readName } from '../domain/places/divisions';

// Optional province, optional prefecture, optional county-level unit, in that order.
const regionPattern =
  /^((?:[\u4e00-\u9fa5]{1,7}?(?:省|自治区))?(?:[\u4e00-\u9fa5]{1,7}?(?:市|自治州|地区|盟))?(?:[\u4e00-\u9fa5]{1,9}?(?:区|县|旗))?)/u;

// Words that end in 市/区/县 without being places, and words no place name contains.
const falseEndings = ['城市', '超市', '社区', '园区', '景区', '街区', '市区'];
const notPlaceWords = ['局', '委', '办', '厅', '部', '中共', '政府', '公司'];
/** A province is left out of a region that names a place below it: "南京市玄武区", not "江苏省南京市玄武区". */
const PROVINCE = /(省|自治区|特别行政区)$/;

export function guessRegion(agency: string | null): string | null {
  if (!agency) return null;
  const name = agency.replace(/\s+/g, '');
  const { places } = readName(name);
  if (places.length === 1) {
    const path = places[0]!.path;
    return (path.length > 1 && PROVINCE.test(path[0]!) ? path.slice(1) : path).join('');
  }
  const region = regionPattern.exec(name)?.[1] ?? '';
  if (region.length < 2) return null;
  if (falseEndings.some((word) => region.endsWith(word))) return null;
  if (notPlaceWords.some((word) => region.includes(word))) return null;
  return region;
}
