// Truths about the real reports of ../shared/fixtures/real, rebuilt by hand with their values and sentences.
import { describe, expect, it } from 'vitest';
import { checkAcrossYears, checkReport } from '../../../src/main/domain/checks/index';
import { buildReport, only, type CellInput } from './build-report';

const HONGZE_2023_SECTION5 =
  '2023年，洪泽区政府信息公开工作取得一定的成效，但对照上级要求，仍存在一定差距。如依申请公开工作规范性还有待提高、政务公开内容的深度和广度还有待提升、政务公开队伍建设有待加强等。针对存在问题，下一步，将切实抓好以下工作：一是扎实推进依申请公开工作，全面梳理和优化工作流程、健全工作机制、强化部门协同配合，全面提升政府信息依申请公开规范化、专业化水平。二是围绕区委区政府中心工作，进一步梳理明确政务公开的重点领域，继续优化政务公开、政策解读、关切回应等工作。三是继续加强业务指导培训。实行政府信息公开工作人员跟班学习制度，不断提高各单位政府信息公开工作人员的思想认识和业务工作水平。';
const HONGZE_2024_SECTION5 =
  '2024年，全区政府信息公开工作虽取得一定成绩，但对照上级要求和群众期盼，仍存在一些不足，主要是：个别部门对复杂申请件的研判能力不足，答复文书规范性有待提升，疑难问题协调处理机制尚需完善，政策解读的形式还不够丰富，政务新媒体运维管理还需加强等。针对存在问题，2025年我们将切实抓好以下工作：一是扎实推进依申请公开工作，全面梳理和优化工作流程、健全工作机制、强化部门协同配合，全面提升政府信息依申请公开规范化、专业化水平。二是加强对典型案例的研究、梳理和汇总。不定期更新编制适用性广、操作性强的依申请公开政府信息答复书模板，使各行政机关答复的方式、格式、不予公开依据等更加规范，有效降低行政复议、行政诉讼发生率和纠错率。三是继续加强业务指导培训，实行政府信息公开工作人员跟班学习制度，不断提高各单位政府信息公开工作人员的思想认识和业务工作水平。';

const row = (natural: number, total = natural): CellInput[] => [natural, 0, 0, 0, 0, 0, total];

const hongze = (year: 2023 | 2024) =>
  buildReport({
    year,
    agency: '淮安市洪泽区人民政府',
    title: `${year === 2023 ? '' : '淮安市'}洪泽区人民政府 ${year} 年政府信息公开工作年度报告`,
    date: `${year + 1}-01-25`,
    preamble: `报告中所列数据统计期限自 ${year} 年 1 月 1 日起至 ${year} 年 12 月 31 日止。`,
    rows:
      year === 2023
        ? {
            'active.normativeDocs': [0, 5, 5],
            'requests.new': row(21),
            'requests.partial': row(4),
            'requests.denied.stateSecret': row(1),
            'requests.denied.deliberative': row(1),
            'requests.denied.enforcementFile': row(1),
            'requests.unavailable.notHeld': row(10),
            'requests.unavailable.needsCreation': row(3),
            'requests.rejected.complaint': row(1),
            'requests.total': row(21),
            'appeals.review': [10, 1, 0, 0, 0],
            'appeals.suitAfterReview': [5, 0, 0, 0, 0],
          }
        : {
            'active.normativeDocs': [3, 0, 8],
            'requests.new': row(95),
            'requests.granted': row(50),
            'requests.partial': row(9),
            'requests.denied.safety': row(1),
            'requests.denied.deliberative': row(1),
            'requests.denied.enforcementFile': row(1),
            'requests.unavailable.notHeld': row(31),
            'requests.unavailable.needsCreation': row(1),
            'requests.rejected.complaint': row(1),
            'requests.total': row(95),
            'appeals.review': [1, 1, 0, 0, 2],
            'appeals.suitDirect': [1, 0, 0, 0, 1],
            'appeals.suitAfterReview': [2, 0, 1, 0, 3],
          },
    sections: {
      1:
        year === 2023
          ? '2023 年，洪泽区人民政府坚持以习近平新时代中国特色社会主义思想为指导。（二）依申请公开情况。进一步规范依申请公开流程，畅通依申请公开受理渠。2023 年全区受理政府信息公开申请 21 件，\n均在法定期限答复。'
          : '2024 年，淮安市洪泽区人民政府坚持以习近平新时代中国特色社会主义思想为指导。（二）依申请公开情况。2024 年，区政府办代表区政府受理政府\n信息公开申请 17 件，均已在法定期限内予以答复。',
      5: year === 2023 ? HONGZE_2023_SECTION5 : HONGZE_2024_SECTION5,
      6: `${year} 年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 0 元。`,
    },
  });

describe('real reports', () => {
  it('huaian-hongze-2023: table 四 totals 0 under 10+1+0+0 and 5+0+0+0 → appeals.groupSum twice, no other error', () => {
    const findings = checkReport(hongze(2023));
    const errors = findings.filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => finding.rule)).toEqual(['appeals.groupSum', 'appeals.groupSum']);
    expect(errors.map((finding) => finding.formula)).toEqual([
      '结果维持+结果纠正+其他结果+尚未审结 = 10+1+0+0 = 11，总计 = 0，相差 11',
      '结果维持+结果纠正+其他结果+尚未审结 = 5+0+0+0 = 5，总计 = 0，相差 5',
    ]);
  });

  it('huaian-hongze-2024: "区政府办…受理…17件" vs 95 new is another scope: no error or warning', () => {
    const findings = checkReport(hongze(2024));
    expect(findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
    expect(only(findings, 'text.vsTable')).toMatchObject([
      { severity: 'info', cells: ['requests.new.total'] },
    ]);
  });

  it('huaian-hongze 2023 → 2024: carry-over and 现行有效 agree, texts are not copies', () => {
    expect(checkAcrossYears(hongze(2024), hongze(2023))).toEqual([]);
  });

  it('shuyang-county-2025: "共受理749件" = 713 new + 36 carried over is not flagged', () => {
    const report = buildReport({
      year: 2025,
      agency: '沐阳县人民政府',
      title: '沐阳县人民政府 2025 年 政府信息公开工作年度报告',
      date: '2026-01-23',
      preamble: '本报告所列数据统计期限从2025年1月1日至2025年12月31日止。',
      rows: {
        'active.normativeDocs': [6, 1, 32],
        'active.licensing': [517645],
        'active.penalty': [693957],
        'active.coercion': [2154],
        'active.fees': [4068.208],
        'requests.new': [705, 3, 0, 0, 5, 0, 713],
        'requests.carriedOver': [36, 0, 0, 0, 0, 0, 36],
        'requests.granted': [290, 1, 0, 0, 3, 0, 294],
        'requests.partial': [99, 0, 0, 0, 2, 0, 101],
        'requests.denied.safety': row(2),
        'requests.denied.thirdParty': row(2),
        'requests.denied.internal': row(13),
        'requests.denied.deliberative': row(2),
        'requests.denied.enforcementFile': row(4),
        'requests.denied.inquiry': row(9),
        'requests.unavailable.notHeld': row(111),
        'requests.unavailable.needsCreation': row(2),
        'requests.rejected.complaint': row(12),
        'requests.rejected.duplicate': [6, 1, 0, 0, 0, 0, 7],
        'requests.other.noCorrection': row(9),
        'requests.other.unpaidFee': row(7),
        'requests.other.other': [142, 1, 0, 0, 0, 0, 143],
        'requests.total': [710, 3, 0, 0, 5, 0, 718],
        'requests.carriedForward': row(31),
        'appeals.review': [27, 10, 9, 15, 61],
        'appeals.suitDirect': [3, 0, 0, 0, 3],
        'appeals.suitAfterReview': [8, 0, 1, 1, 10],
      },
      sections: {
        1: '2025 年，我县严格遵循《条例》规定，规范依申请公开办理流程。全县全年共受理政府信息公开申请 749 件，其中自然人申请 741 件，法人或其他组织申请 8 件；共办理 718 件，结转下一年 31 件。依法做好相关行政复议、行政诉讼案件的应诉工作，全县共办理相关案件 74 件，有力维护了群众合法权益与政府公信力。',
        6: '全县行政机关在办理2025年度信息公开申请中收取信息处理费共计380元，其中民政局1件，收取380元。',
      },
    });
    // Only the place-name slip (沐阳 for 沭阳) is raised.
    expect(checkReport(report).map((finding) => finding.rule)).toEqual(['agency.place']);
  });

  it('huaian-city-2024 and shanghai-office-2025: their request and appeal sentences agree with the tables', () => {
    const huaian = buildReport({
      year: 2024,
      agency: '淮安市人民政府',
      rows: {
        'requests.new': row(3119),
        'requests.carriedOver': row(34),
        'requests.granted': row(3050),
        'requests.total': row(3050),
        'requests.carriedForward': row(103),
        'appeals.review': [72, 64, 178, 37, 351],
        'appeals.suitDirect': [13, 4, 8, 1, 26],
        'appeals.suitAfterReview': [12, 1, 1, 6, 20],
      },
      sections: {
        1: '2024 年，全市共受理政府信息公开申请 3119 件，答\n复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度\n答复），均在法定期限内予以答复。政府信息公开行政复议 351\n件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚\n未审结 37 件；政府信息公开行政诉讼 46 件，其中结果维持 25\n件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。',
      },
    });
    expect(checkReport(huaian)).toEqual([]);
    const shanghai = buildReport({
      year: 2025,
      agency: '上海市人民政府办公厅',
      rows: {
        'requests.new': row(1295),
        'requests.carriedOver': row(189),
        'requests.granted': row(1191),
        'requests.total': row(1191),
        'requests.carriedForward': row(293),
        'appeals.review': [40, 2, 10, 8, 60],
      },
      sections: {
        1: '2025 年，市政府共受理政府信息公开申请 1295 件，办结 1191 件（含\n上年结转 189 件），均在法定期限内答复。全年未发生因依申请公开被行政复议纠错或\n行政诉讼败诉情形。',
      },
    });
    expect(only(checkReport(shanghai), 'text.vsTable')).toEqual([]);
  });
});
