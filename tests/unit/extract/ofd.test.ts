// OFD: the generated reports written as OFD (tests/fixtures/formats), every cell with its box on the
// page; the real OFD files of other producers (their README lists the text each holds); bad packages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import { expectReport } from './expect-report';
import { expandDeltas } from '../../../src/main/extract/ofd/ofd-text';
import { readOfd } from '../../../src/main/extract/ofd/read-ofd';
import { readDocument } from '../../../src/main/extract/read-document';
import type { SourceDocument } from '../../../src/shared/document';
import { layOut } from '../../fixtures/formats/ofd-layout';
import { ofdFixtures } from '../../fixtures/formats/ofd-fixtures';
import { standardFixtureSpecs } from '../../fixtures/generator/generate';
import { realOfdDir } from '../../shared-data';

const fixtures = await ofdFixtures();

async function readFile(path: string, name = path): Promise<SourceDocument> {
  const result = await readDocument(name, new Uint8Array(readFileSync(path)));
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.document;
}

describe('OFD fixtures written from the generated reports', () => {
  it('cover every writer variant', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    for (const key of ['scaledText', 'filledRules'] as const)
      expect(fixtures.some((fixture) => fixture.options[key])).toBe(true);
    expect(fixtures.some((fixture) => fixture.options.documents === 2)).toBe(true);
  });

  for (const fixture of fixtures) {
    it(`${fixture.id} (${JSON.stringify(fixture.options)}): metadata and every cell, each boxed on its page`, async () => {
      const document = await readFile(fixture.path);
      expect(document.format).toBe('ofd');
      const spec = standardFixtureSpecs().find((candidate) => candidate.id === fixture.id)!;
      expect(document.pages).toHaveLength(layOut(spec).length); // both documents of a split package, in order
      const report = parseReport(document);
      expectReport(report, fixture.expected);
      for (const [id, cell] of Object.entries(report.cells)) {
        const source = cell.source;
        if (source?.kind !== 'pdf') throw new Error(`${id}: no page box`);
        const page = document.pages![source.page - 1]!;
        const [x0, y0, x1, y1] = source.bboxPt;
        expect(
          x0 >= 0 && y0 >= 0 && x1 <= page.widthPt && y1 <= page.heightPt && x1 - x0 > 5 && y1 - y0 > 5,
          `${id} box ${source.bboxPt}`,
        ).toBe(true);
      }
    });
  }
});

/** The README of the real OFD files: the text each must yield. */
const REAL_TEXT: Record<string, string[]> = {
  'n.ofd': ['路桥区卫生局文件', '路卫发〔2011〕76号', '关于同意张阿三同志辞职的批复'],
  'z.ofd': ['字型变换', 'CodePosition', '中字符编码的起始位置'],
  'y.ofd': ['海关总署', '数字档案室建设与实践'],
  '1.ofd': ['浙江增值税电子普通发票', '中国邮政储蓄银行兰溪分行'],
  '20240531141733.ofd': ['海南麒麟云服科技有限公司', '肆仟肆佰肆拾玖圆整'],
  'zsbk.ofd': ['某某省住房和城乡建设厅', '5140.1238万元'],
  'SESV4SignDoc.ofd': ['你好呀，OFD Reader&Writer！'],
  'doc1File.ofd': ['一日不见兮，思之如狂'],
};

describe('real OFD files from other producers', () => {
  for (const [name, texts] of Object.entries(REAL_TEXT)) {
    it(`${name}: the listed text, with a box inside its page`, async () => {
      const document = await readFile(join(realOfdDir, name));
      for (const text of texts) {
        const piece = document.lines
          .flatMap((line) => line.cells)
          .find((cell) => cell.text.replace(/\s/g, '').includes(text.replace(/\s/g, '')));
        expect(piece, `${name}: ${text}`).toBeDefined();
        const source = piece!.source;
        if (source.kind !== 'pdf') throw new Error('no page box');
        const page = document.pages![source.page - 1]!;
        const [x0, y0, x1, y1] = source.bboxPt;
        expect(0 <= x0 && x0 < x1 && x1 <= page.widthPt && 0 <= y0 && y0 < y1 && y1 <= page.heightPt).toBe(
          true,
        );
      }
    });
  }

  it('h.ofd, shapes and no text, is reported as a scan (for OCR), not as text', async () => {
    const result = await readDocument('h.ofd', new Uint8Array(readFileSync(join(realOfdDir, 'h.ofd'))));
    expect(result).toMatchObject({ ok: false, code: 'scanned' });
  });

  it('reads the ruled table of the specification (z.ofd) as rows and cells', async () => {
    const document = await readFile(join(realOfdDir, 'z.ofd'));
    const header = document.lines.find(
      (line) => line.table && line.cells.map((cell) => cell.text).join('|') === '名称|类型|说明|可选/必选',
    );
    expect(header).toBeDefined();
    const row = document.lines.find(
      (line) => line.table?.index === header!.table!.index && line.cells[0]?.text === 'CodePosition',
    );
    expect(row?.cells.map((cell) => cell.text)).toEqual([
      'CodePosition',
      'xs:int',
      'TextCode中字符编码的起始位置，从0开始',
      '必选',
    ]);
  });

  it('keeps a ligature glyph (CGTransform, two characters, one glyph) in line with the text around it', async () => {
    const document = await readFile(join(realOfdDir, 'z.ofd'));
    const lines = document.lines.filter((line) =>
      line.cells.some((cell) => cell.text === 'Heaffixedhisfinesign.'),
    );
    expect(lines).toHaveLength(2); // the original text and the one drawn with the ligature
  });
});

describe('bad OFD packages', () => {
  const ofdXml = `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`;

  it('refuses a part that inflates far beyond its stored size (a zip bomb) without inflating it', async () => {
    const bomb = zipSync(
      { 'OFD.xml': strToU8(ofdXml), 'Doc_0/Document.xml': new Uint8Array(4 * 1024 * 1024) },
      { level: 9 },
    );
    expect(bomb.byteLength).toBeLessThan(64 * 1024);
    expect(await readOfd(bomb)).toMatchObject({ ok: false, code: 'too_large' });
  });

  it('refuses a part whose declared size is over the limit, before inflating anything', async () => {
    const zip = zipSync({ 'OFD.xml': strToU8(ofdXml) });
    const centralDirectory = Buffer.from(zip).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    new DataView(zip.buffer).setUint32(centralDirectory + 24, 100 * 1024 * 1024, true); // uncompressed size
    expect(await readOfd(zip)).toMatchObject({ ok: false, code: 'too_large' });
  });

  it('reports a package without a readable document as corrupt, never throwing', async () => {
    const noDocument = zipSync({ 'OFD.xml': strToU8(ofdXml) });
    expect(await readDocument('a.ofd', noDocument)).toMatchObject({
      ok: false,
      code: 'corrupt',
      message: 'OFD 文件已损坏或无法解析',
    });
    const brokenXml = zipSync({ 'OFD.xml': strToU8('<ofd:OFD><unclosed') });
    expect(await readDocument('a.ofd', brokenXml)).toMatchObject({ ok: false, code: 'corrupt' });
    const truncated = readFileSync(join(realOfdDir, 'n.ofd')).subarray(0, 5000);
    expect(await readDocument('n.ofd', new Uint8Array(truncated))).toMatchObject({
      ok: false,
      code: 'corrupt',
    });
  });

  it('reports pages with only an image as a scan, and pages with nothing as empty', async () => {
    const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';
    const packageWith = (objects: string) =>
      zipSync({
        'OFD.xml': strToU8(ofdXml),
        'Doc_0/Document.xml': strToU8(
          `<ofd:Document ${ns}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:DocumentRes>Res.xml</ofd:DocumentRes></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Page_0.xml"/></ofd:Pages></ofd:Document>`,
        ),
        'Doc_0/Res.xml': strToU8(
          `<ofd:Res ${ns} BaseLoc="Res"><ofd:MultiMedias><ofd:MultiMedia ID="9" Type="Image"><ofd:MediaFile>scan.png</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias></ofd:Res>`,
        ),
        'Doc_0/Page_0.xml': strToU8(
          `<ofd:Page ${ns}><ofd:Content><ofd:Layer ID="2">${objects}</ofd:Layer></ofd:Content></ofd:Page>`,
        ),
      });
    const scan = packageWith(
      '<ofd:ImageObject ID="3" Boundary="0 0 210 297" CTM="210 0 0 297 0 0" ResourceID="9"/>',
    );
    expect(await readDocument('扫描件.ofd', scan)).toMatchObject({ ok: false, code: 'scanned' });
    expect(await readDocument('空白.ofd', packageWith(''))).toMatchObject({ ok: false, code: 'empty' });
  });

  it('reads an OFD by its content whatever it is named', async () => {
    expect((await readFile(join(realOfdDir, 'n.ofd'), '公文.zip')).format).toBe('ofd');
  });
});

describe('DeltaX/DeltaY lists', () => {
  it('expand "g N v" repeats and keep plain numbers', () => {
    expect(expandDeltas('g 3 1.5 2 g 2 0.5')).toEqual([1.5, 1.5, 1.5, 2, 0.5, 0.5]);
    expect(expandDeltas(undefined)).toEqual([]);
    expect(expandDeltas('g 1000000000 1')).toHaveLength(100_000); // capped
  });
});

describe('work bounds', () => {
  it('refuses composite objects nested to multiply the work (a "billion laughs" of graphics)', async () => {
    const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';
    // Unit k draws unit k-1 ten times: 10^8 objects at the top.
    const units = Array.from({ length: 8 }, (_, k) =>
      k === 0
        ? `<ofd:CompositeGraphicUnit ID="u0" Width="1" Height="1"><ofd:Content><ofd:TextObject ID="t" Boundary="0 0 5 5" Size="3"><ofd:TextCode X="0" Y="3">字</ofd:TextCode></ofd:TextObject></ofd:Content></ofd:CompositeGraphicUnit>`
        : `<ofd:CompositeGraphicUnit ID="u${k}" Width="1" Height="1"><ofd:Content>${Array.from({ length: 10 }, () => `<ofd:CompositeObject ID="c" Boundary="0 0 5 5" ResourceID="u${k - 1}"/>`).join('')}</ofd:Content></ofd:CompositeGraphicUnit>`,
    ).join('');
    const bomb = zipSync({
      'OFD.xml': strToU8(
        `<ofd:OFD ${ns}><ofd:DocBody><ofd:DocRoot>D/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
      ),
      'D/Document.xml': strToU8(
        `<ofd:Document ${ns}><ofd:CommonData><ofd:DocumentRes>Res.xml</ofd:DocumentRes></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="P.xml"/></ofd:Pages></ofd:Document>`,
      ),
      'D/Res.xml': strToU8(
        `<ofd:Res ${ns}><ofd:CompositeGraphicUnits>${units}</ofd:CompositeGraphicUnits></ofd:Res>`,
      ),
      'D/P.xml': strToU8(
        `<ofd:Page ${ns}><ofd:Content><ofd:Layer ID="1"><ofd:CompositeObject ID="top" Boundary="0 0 5 5" ResourceID="u7"/></ofd:Layer></ofd:Content></ofd:Page>`,
      ),
    });
    expect(await readDocument('炸弹.ofd', bomb)).toMatchObject({ ok: false, code: 'too_large' });
  });
});
