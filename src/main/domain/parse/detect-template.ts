// Tells the 2019 format from the 2021 format by the markers each one's tables carry (domain spec, section 4).
import type { TemplateVersion } from '../../../shared/report';

const markers: Record<TemplateVersion, RegExp[]> = {
  '2019': [/本年新制作数量/, /对外公开总数量/, /上一年项目数量/, /本年增\//, /其他对外管理服务事项/, /第二十条第\(九\)项/, /政府集中采购/, /采购总金额/],
  '2021': [/本年制发件数/, /本年废止件数/, /现行有效件数/, /本年处理决定数量/, /本年收费金额/, /逾期不补正/, /缴纳费用/],
};

/** Counts each format's markers in the normalised table text; the larger count wins, the year breaks ties. */
export function detectTemplate(normalizedText: string, year: number | null): TemplateVersion | null {
  const count = (version: TemplateVersion) => markers[version].filter((marker) => marker.test(normalizedText)).length;
  const old = count('2019');
  const current = count('2021');
  if (old === 0 && current === 0) return null;
  if (old !== current) return old > current ? '2019' : '2021';
  return year !== null && year >= 2021 ? '2021' : '2019';
}
