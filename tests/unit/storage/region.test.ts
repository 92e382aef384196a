import { describe, expect, it } from 'vitest';
import { guessRegion } from '../../../src/main/storage/region';

describe('guessRegion', () => {
  it.each([
    ['淮安市人民政府', '淮安市'],
    ['淮安市洪泽区人民政府', '淮安市洪泽区'],
    ['烟台市芝罘区商务局', '烟台市芝罘区'],
    ['芝罘区行政审批服务局', '芝罘区'],
    ['沭阳县发展和改革局', '沭阳县'],
    ['南京市城市管理局', '南京市'],
    ['淮安市市场监督管理局', '淮安市'],
    ['江苏省南京市玄武区教育局', '江苏省南京市玄武区'],
    ['县商务局', null],
    ['国家税务总局沭阳县税务局', null],
    [null, null],
  ])('%s → %s', (agency, region) => {
    expect(guessRegion(agency)).toBe(region);
  });
});
