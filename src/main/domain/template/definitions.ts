// The statutory tables of both national formats, as data.
// Cell ids are `table.row.col` (domain spec, section 3). Labels are the form's own words, used in
// messages; `keys` are short fragments that identify a row label even when characters are lost.
import type { TemplateVersion } from '../../../shared/report';

export type TableId = 'active' | 'requests' | 'appeals';

export interface ColumnDef {
  id: string;
  label: string;
  /** Money in 万元 (decimals allowed); otherwise a whole count. */
  money?: boolean;
  /** May be negative (2019 本年增/减). */
  signed?: boolean;
}

export interface RowDef {
  id: string;
  label: string;
  /** Fragments any of which identifies the row (after normalisation). */
  keys: string[];
  columns: ColumnDef[];
  /** Block heading in table 二 (第二十条第（一）项 …). */
  block?: string;
  /** Parent label for sub-rows of table 三 ("（三）不予公开"). */
  group?: string;
}

export interface TableDef {
  id: TableId;
  /** 表二 / 表三 / 表四 */
  name: string;
  title: string;
  rows: RowDef[];
}

const activeCountColumns2019: ColumnDef[] = [
  { id: 'made', label: '本年新制作数量' },
  { id: 'published', label: '本年新公开数量' },
  { id: 'inForce', label: '对外公开总数量' },
];
const itemColumns2019: ColumnDef[] = [
  { id: 'prevItems', label: '上一年项目数量' },
  { id: 'change', label: '本年增/减', signed: true },
  { id: 'decisions', label: '处理决定数量' },
];

const active2019: TableDef = {
  id: 'active',
  name: '表二',
  title: '主动公开政府信息情况',
  rows: [
    { id: 'rules', label: '规章', keys: ['规章'], columns: activeCountColumns2019, block: '第二十条第（一）项' },
    { id: 'normativeDocs', label: '规范性文件', keys: ['规范性文件'], columns: activeCountColumns2019, block: '第二十条第（一）项' },
    { id: 'licensing', label: '行政许可', keys: ['行政许可'], columns: itemColumns2019, block: '第二十条第（五）项' },
    { id: 'otherServices', label: '其他对外管理服务事项', keys: ['其他对外管理', '对外管理服务'], columns: itemColumns2019, block: '第二十条第（五）项' },
    { id: 'penalty', label: '行政处罚', keys: ['行政处罚'], columns: itemColumns2019, block: '第二十条第（六）项' },
    { id: 'coercion', label: '行政强制', keys: ['行政强制'], columns: itemColumns2019, block: '第二十条第（六）项' },
    { id: 'fees', label: '行政事业性收费', keys: ['行政事业性收费', '事业性收费'], columns: itemColumns2019.slice(0, 2), block: '第二十条第（八）项' },
    {
      id: 'procurement',
      label: '政府集中采购',
      keys: ['政府集中采购', '集中采购'],
      columns: [
        { id: 'items', label: '采购项目数量' },
        { id: 'amount', label: '采购总金额', money: true },
      ],
      block: '第二十条第（九）项',
    },
  ],
};

const activeCountColumns2021: ColumnDef[] = [
  { id: 'issued', label: '本年制发件数' },
  { id: 'repealed', label: '本年废止件数' },
  { id: 'inForce', label: '现行有效件数' },
];
const decisions2021: ColumnDef[] = [{ id: 'decisions', label: '本年处理决定数量' }];

const active2021: TableDef = {
  id: 'active',
  name: '表二',
  title: '主动公开政府信息情况',
  rows: [
    { id: 'rules', label: '规章', keys: ['规章'], columns: activeCountColumns2021, block: '第二十条第（一）项' },
    { id: 'normativeDocs', label: '行政规范性文件', keys: ['规范性文件'], columns: activeCountColumns2021, block: '第二十条第（一）项' },
    { id: 'licensing', label: '行政许可', keys: ['行政许可'], columns: decisions2021, block: '第二十条第（五）项' },
    { id: 'penalty', label: '行政处罚', keys: ['行政处罚'], columns: decisions2021, block: '第二十条第（六）项' },
    { id: 'coercion', label: '行政强制', keys: ['行政强制'], columns: decisions2021, block: '第二十条第（六）项' },
    {
      id: 'fees',
      label: '行政事业性收费',
      keys: ['行政事业性收费', '事业性收费'],
      columns: [{ id: 'amount', label: '本年收费金额（单位：万元）', money: true }],
      block: '第二十条第（八）项',
    },
  ],
};

export const requestColumns: ColumnDef[] = [
  { id: 'natural', label: '自然人' },
  { id: 'commercial', label: '商业企业' },
  { id: 'research', label: '科研机构' },
  { id: 'nonprofit', label: '社会公益组织' },
  { id: 'legal', label: '法律服务机构' },
  { id: 'otherOrg', label: '其他' },
  { id: 'total', label: '总计' },
];

const requestRow = (id: string, label: string, keys: string[], group?: string): RowDef => ({
  id,
  label,
  keys,
  columns: requestColumns,
  ...(group ? { group } : {}),
});

const requestsHead: RowDef[] = [
  requestRow('new', '一、本年新收政府信息公开申请数量', ['本年新收']),
  requestRow('carriedOver', '二、上年结转政府信息公开申请数量', ['上年结转']),
  requestRow('granted', '（一）予以公开', ['予以公开']),
  requestRow('partial', '（二）部分公开', ['部分公开']),
  requestRow('denied.stateSecret', '1.属于国家秘密', ['国家秘密', '属于国家秘'], '（三）不予公开'),
  requestRow('denied.prohibited', '2.其他法律行政法规禁止公开', ['禁止公开', '法规禁止', '行政止公开', '法律行政'], '（三）不予公开'),
  requestRow('denied.safety', '3.危及"三安全一稳定"', ['三安全', '一稳定', '危及'], '（三）不予公开'),
  requestRow('denied.thirdParty', '4.保护第三方合法权益', ['第三方'], '（三）不予公开'),
  requestRow('denied.internal', '5.属于三类内部事务信息', ['内部事务'], '（三）不予公开'),
  requestRow('denied.deliberative', '6.属于四类过程性信息', ['过程性'], '（三）不予公开'),
  requestRow('denied.enforcementFile', '7.属于行政执法案卷', ['执法案卷'], '（三）不予公开'),
  requestRow('denied.inquiry', '8.属于行政查询事项', ['行政查询', '查询事项'], '（三）不予公开'),
  requestRow('unavailable.notHeld', '1.本机关不掌握相关政府信息', ['不掌握'], '（四）无法提供'),
  requestRow('unavailable.needsCreation', '2.没有现成信息需要另行制作', ['另行制作', '没有现成'], '（四）无法提供'),
  requestRow('unavailable.unclear', '3.补正后申请内容仍不明确', ['仍不明确', '补正后'], '（四）无法提供'),
  requestRow('rejected.complaint', '1.信访举报投诉类申请', ['信访', '举报投诉'], '（五）不予处理'),
  requestRow('rejected.duplicate', '2.重复申请', ['重复申请'], '（五）不予处理'),
  requestRow('rejected.publication', '3.要求提供公开出版物', ['出版物'], '（五）不予处理'),
  requestRow('rejected.excessive', '4.无正当理由大量反复申请', ['大量反复', '反复申请'], '（五）不予处理'),
  requestRow('rejected.confirmation', '5.要求行政机关确认或重新出具已获取信息', ['重新出具', '确认或重新', '已获取信息'], '（五）不予处理'),
];

const requestsTail: RowDef[] = [
  requestRow('total', '（七）总计', ['总计']),
  requestRow('carriedForward', '四、结转下年度继续办理', ['结转下年度', '继续办理']),
];

const requests2019: TableDef = {
  id: 'requests',
  name: '表三',
  title: '收到和处理政府信息公开申请情况',
  rows: [...requestsHead, requestRow('other', '（六）其他处理', ['其他处理']), ...requestsTail],
};

const requests2021: TableDef = {
  id: 'requests',
  name: '表三',
  title: '收到和处理政府信息公开申请情况',
  rows: [
    ...requestsHead,
    requestRow('other.noCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ['逾期不补正', '不补正'], '（六）其他处理'),
    requestRow('other.unpaidFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ['缴纳费用', '收费通知'], '（六）其他处理'),
    requestRow('other.other', '3.其他', ['其他'], '（六）其他处理'),
    ...requestsTail,
  ],
};

export const appealGroups = [
  { id: 'review', label: '行政复议' },
  { id: 'suitDirect', label: '行政诉讼·未经复议直接起诉' },
  { id: 'suitAfterReview', label: '行政诉讼·复议后起诉' },
] as const;

export const appealColumns = [
  { id: 'upheld', label: '结果维持' },
  { id: 'corrected', label: '结果纠正' },
  { id: 'other', label: '其他结果' },
  { id: 'pending', label: '尚未审结' },
  { id: 'total', label: '总计' },
] as const;

/** Table 四 is one row of 15 numbers; each group is modelled as a row of five columns. */
const appeals: TableDef = {
  id: 'appeals',
  name: '表四',
  title: '政府信息公开行政复议、行政诉讼情况',
  rows: appealGroups.map((group) => ({
    id: group.id,
    label: group.label,
    keys: [],
    columns: appealColumns.map((column) => ({ ...column })),
  })),
};

export const templates: Record<TemplateVersion, TableDef[]> = {
  '2019': [active2019, requests2019, appeals],
  '2021': [active2021, requests2021, appeals],
};

export const cellId = (table: TableId, row: string, column: string): string => `${table}.${row}.${column}`;

export interface CellDef {
  id: string;
  table: TableDef;
  row: RowDef;
  column: ColumnDef;
}

const cellIndexes = new Map<TemplateVersion, ReadonlyMap<string, CellDef>>();

/** A format's cells by id, in the form's order; made once (checks look cells up by the hundred per report). */
function cellIndex(version: TemplateVersion): ReadonlyMap<string, CellDef> {
  let index = cellIndexes.get(version);
  if (!index) {
    index = new Map(
      templates[version].flatMap((table) =>
        table.rows.flatMap((row) =>
          row.columns.map((column) => {
            const id = cellId(table.id, row.id, column.id);
            return [id, { id, table, row, column }] as const;
          }),
        ),
      ),
    );
    cellIndexes.set(version, index);
  }
  return index;
}

/** Every cell id of a format, in the form's order. */
export const cellIdsOf = (version: TemplateVersion): string[] => [...cellIndex(version).keys()];

/** Looks a cell id up in a format; undefined when the format has no such cell. */
export const cellDef = (version: TemplateVersion, id: string): CellDef | undefined => cellIndex(version).get(id);

/** A cell's place in the form's own words: "表三 （七）总计 · 自然人列". */
export function cellPlace(version: TemplateVersion, id: string): string {
  const def = cellDef(version, id);
  if (!def) return id;
  const { table, row, column } = def;
  if (table.id === 'appeals') return `表四 ${row.label} · ${column.label}`;
  const rowLabel = row.group ? `${row.group}${row.label}` : row.label;
  return `${table.name} ${rowLabel} · ${column.label}${table.id === 'requests' ? '列' : ''}`;
}
