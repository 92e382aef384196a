// Tables pasted as pictures into Word files and web pages: read by OCR where the picture stands.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../../src/main/services/analyze-file';
import { realDir } from '../../../shared-data';

const cityPdf = join(realDir, 'huaian-city-2024.pdf');
/** Pages 4 and 5 of the 淮安市 report (tables 三 and 四) as 150 dpi pictures: what pasted tables look like. */
function tablePictures(): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-picture-'));
  execFileSync('pdftoppm', ['-r', '150', '-f', '4', '-l', '5', '-png', cityPdf, join(dir, 'table')]);
  return ['table-4.png', 'table-5.png'].map((name) => readFileSync(join(dir, name)));
}

const heading = '三、收到和处理政府信息公开申请情况';
const expected = { natural: 3001, commercial: 53, research: 0, nonprofit: 0, legal: 61, otherOrg: 4, total: 3119 };
const newRequests = (cells: Record<string, { value: number | null }>) =>
  Object.fromEntries(Object.keys(expected).map((column) => [column, cells[`requests.new.${column}`]?.value]));

describe('tables pasted as pictures', { timeout: 600_000 }, () => {
  const pictures = tablePictures();

  it('reads a picture in a Word file where it stands, with OCR confidence on its cells', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('淮安市人民政府2024年政府信息公开工作年度报告'),
            new Paragraph(heading),
            ...pictures.map(
              (data) => new Paragraph({ children: [new ImageRun({ type: 'png', data, transformation: { width: 595, height: 842 } })] }),
            ),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const analysis = await analyzeFile('贴图表格.docx', bytes);
    if (!analysis.ok) throw new Error(analysis.error);
    expect(newRequests(analysis.report.cells)).toEqual(expected);
    const cell = analysis.report.cells['requests.new.natural']!;
    expect(cell.reading).toMatchObject({ kind: 'ocr' });
    expect(cell.source).toEqual({ kind: 'element', path: expect.stringMatching(/^body\/p\[\d+\]$/) as string });
  });

  it('reads a picture given as a data: URI in a saved web page; --no-ocr leaves it', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><h1>淮安市人民政府2024年政府信息公开工作年度报告</h1><p>${heading}</p>${pictures.map((data) => `<p><img src="data:image/png;base64,${data.toString('base64')}"></p>`).join('')}</body></html>`;
    const analysis = await analyzeFile('贴图表格.html', new TextEncoder().encode(html));
    if (!analysis.ok) throw new Error(analysis.error);
    expect(newRequests(analysis.report.cells)).toEqual(expected);
    const off = await analyzeFile('贴图表格.html', new TextEncoder().encode(html), { ocr: false });
    expect(off.ok && off.report.cells['requests.new.natural']?.value).toBeFalsy();
  });
});
