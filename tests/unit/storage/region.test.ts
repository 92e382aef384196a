import { describe, expect, it } from 'vitest';
import { guessRegion } from '../../../src/main/storage/region';

describe('guessRegion', () => {
  it.each([
    ['淮安市人民政府', '淮安市'],
    ['淮安市洪泽区人民政府', '淮安市洪泽区'],
    ['烟台市芝罘区商务局', '烟台市芝罘区'],
    // Written with or without the parent place, the same division (read against the dataset).
    ['芝罘区行政审批服务局', '烟台市芝罘区'],
    ['洪泽区人民政府', '淮安市洪泽区'],
    ['沭阳县发展和改革局', '宿迁市沭阳县'],
    ['沐阳县人民政府', '宿迁市沭阳县'],
    ['上海市人民政府办公厅', '上海市'],
    ['上海市黄浦区人民政府', '上海市黄浦区'],
    ['南京市城市管理局', '南京市'],
    ['淮安市市场监督管理局', '淮安市'],
    ['江苏省南京市玄武区教育局', '南京市玄武区'],
    // A county name used in two cities stays as written.
    ['西湖区教育局', '西湖区'],
    ['县商务局', null],
    ['国家税务总局沭阳县税务局', null],
    [null, null],
  ])('%s → %s', (agency, region) => {
    expect(guessRegion(agency)).toBe(region);
  });
});
