// A batch of generated portal pages (HTML) with injected problems, for the export and CLI tests:
// every third report carries one injected discrepancy, so the batch has findings of every kind.
import { injectAll, injections } from '../../fixtures/generator/inject';
import { createRng } from '../../fixtures/generator/prng';
import { makeReportSpec } from '../../fixtures/generator/report-spec';
import { writeHtmlBytes } from '../../fixtures/generator/write-html';

export interface GeneratedFile {
  name: string;
  bytes: Buffer;
}

export function generatedBatch(count: number, seed = 5000): GeneratedFile[] {
  return Array.from({ length: count }, (_, index) => {
    const base = makeReportSpec(seed + index);
    const injection = injections[index % injections.length];
    const spec =
      index % 3 === 0 && injection ? injectAll(base, [injection], createRng(seed + index)).spec : base;
    return {
      name: `${String(index + 1).padStart(3, '0')}-${spec.id}.html`,
      bytes: writeHtmlBytes(spec, 'utf-8'),
    };
  });
}
