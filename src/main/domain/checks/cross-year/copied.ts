// crossYear.copied: section 一 or 五 nearly identical to the previous year's.
// Similarity is the Jaccard index of character 3-gram sets (Chinese characters only, so changed
// years and numbers do not hide a copy). Threshold 0.8: reports of the same body in consecutive
// years share boilerplate (the huaian-hongze 2023/2024 reports score well below it), while a text
// re-used with a few words changed scores above 0.9. Sections under 50 characters ("无") are skipped.
import type { Finding } from '../../../../shared/report';
import { makeFinding } from '../../findings';
import { BASIS, copiedMessage } from '../messages';
import type { CrossYearRule } from '../rule';
import { chineseLength, jaccard } from './similarity';

export const COPIED_THRESHOLD = 0.8;
export const COPIED_MIN_LENGTH = 50;
const SECTIONS = [1, 5] as const;

export const crossYearCopied: CrossYearRule = {
  id: 'crossYear.copied',
  check(current, previous) {
    const findings: Finding[] = [];
    for (const number of SECTIONS) {
      const here = current.report.sections.find((section) => section.number === number);
      const there = previous.report.sections.find((section) => section.number === number);
      if (!here || !there) continue;
      if (chineseLength(here.text) < COPIED_MIN_LENGTH || chineseLength(there.text) < COPIED_MIN_LENGTH)
        continue;
      const similarity = jaccard(here.text, there.text);
      if (similarity < COPIED_THRESHOLD) continue;
      findings.push(
        makeFinding({
          rule: this.id,
          severity: 'warning',
          message: copiedMessage(number, previous.year ?? 0, similarity),
          cells: [],
          formula: `字符三元组 Jaccard 相似度 ${similarity.toFixed(2)} ≥ ${COPIED_THRESHOLD}`,
          excerpt: here.text.trim().slice(0, 80),
          ...(here.source ? { excerptSource: here.source } : {}),
          basis: BASIS.copied,
          discriminator: `section${number}`,
        }),
      );
    }
    return findings;
  },
};
