import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInProcessAnalyzer } from '../../../src/main/services/in-process-analyzer';
import { createServices, type Services } from '../../../src/main/services/create-services';
import { sanitizeHtml } from '../../../src/main/services/sanitize-html';
import { wordBinaryFixtures } from '../../fixtures/formats/word-binary-fixtures';
import { realOfdDir } from '../../shared-data';
import { fileOf, makeDataDir, recordingContext, removeDir, stubAnalyzer, valueOf } from './service-test-kit';

const context = recordingContext();
const filledDocx = new URL('../../fixtures/readers/template-2021-filled.docx', import.meta.url);

describe('sanitizeHtml', () => {
  it('removes active content, event handlers, external fetches and javascript: links', () => {
    const dirty = `<html><head><script>alert(1)</script><link rel="stylesheet" href="http://x/a.css">
      <style>@import url(http://x/b.css); td { background: url('http://x/t.png'); color: red }</style>
      <meta http-equiv="refresh" content="0;url=http://x"></head>
      <body onload="steal()"><form action="/post"><table><tr><td style="background-image:url(http://x/p.png)" onclick="x()">317</td></tr></table>
      <a href="javascript:alert(1)">a</a><a href=" JaVa&#x09;script:alert(2)">b</a><a href="#t">ok</a><a href="https://www.gov.cn/">gov</a>
      <img src="http://tracker/p.gif" onerror="x()"><img src="data:image/png;base64,iVBORw0KGgo=">
      <iframe src="http://x"></iframe><input value="1"><svg><a xlink:href="javascript:1"></a></svg></form></body></html>`;
    const clean = sanitizeHtml(dirty);
    expect(clean).not.toMatch(
      /script|onload|onclick|onerror|iframe|<form|<input|<link|<meta|http:\/\/x|tracker|<svg/i,
    );
    expect(clean).toContain('<td>317</td>'.replace('<td>', '<td style="background-image:none">'));
    // Style elements are dropped (the view never applies them); style attributes stay, made inert.
    expect(clean).not.toMatch(/<style|color: red/);
    expect(clean).toContain('href="#t"');
    expect(clean).toContain('href="https://www.gov.cn/"');
    expect(clean).toContain('src="data:image/png;base64,iVBORw0KGgo="');
  });
});

describe('report.original', () => {
  let dataDir: string;
  let services: Services;
  beforeEach(async () => {
    dataDir = await makeDataDir();
    services = await createServices({ dataDir, analyzer: stubAnalyzer() });
  });
  afterEach(async () => {
    await services.close();
    await removeDir(dataDir);
  });

  const importOne = async (name: string, bytes: Uint8Array | string) => {
    const [outcome] = valueOf(
      await services['library.import']({ files: [fileOf(name, bytes)], batchId: name }, context),
    );
    return valueOf(await services['report.original']({ reportId: outcome!.reportId! }, context));
  };

  it('gives a PDF back byte for byte', async () => {
    const bytes = Buffer.from('%PDF-1.4\n任意字节\n%%EOF');
    const original = await importOne('a.pdf', bytes);
    expect(Buffer.from(original.base64 ?? '', 'base64')).toEqual(bytes);
    expect(original.html).toBeUndefined();
  });

  it('decodes a GBK page and sanitizes it', async () => {
    const html =
      '<html><head><meta charset="gb2312"></head><body><p onclick="x()">政府信息公开</p><script>1</script></body></html>';
    // "政府信息公开" encoded in GBK.
    const chinese = Buffer.from('d5feb8aed0c5cfa2b9abbfaa', 'hex');
    const [before, after] = html.split('政府信息公开');
    const bytes = Buffer.concat([Buffer.from(before ?? ''), chinese, Buffer.from(after ?? '')]);
    const original = await importOne('page.html', bytes);
    expect(original.html).toContain('<p>政府信息公开</p>');
    expect(original.html).not.toContain('script');
  });

  it('converts a DOCX to sanitized HTML', async () => {
    const original = await importOne('template.docx', await readFile(filledDocx));
    expect(original.html).toContain('<table');
    expect(original.html).not.toMatch(/<script|javascript:/i);
  });

  it('reports a damaged DOCX as a Result error', async () => {
    const result = await services['library.import'](
      { files: [fileOf('bad.docx', 'PK not a zip')], batchId: 'd' },
      context,
    );
    const [outcome] = valueOf(result);
    const original = await services['report.original']({ reportId: outcome!.reportId! }, context);
    expect(original.ok ? null : original.error.code).toBe('corrupt');
  });
});

describe('report.original for .doc, .wps and OFD (read by the real readers)', () => {
  let dataDir: string;
  let services: Services;
  beforeEach(async () => {
    dataDir = await makeDataDir();
    services = await createServices({ dataDir, analyzer: createInProcessAnalyzer(1) });
  });
  afterEach(async () => {
    await services.close();
    await removeDir(dataDir);
  });

  const original = async (name: string, bytes: Uint8Array) => {
    const [outcome] = valueOf(
      await services['library.import']({ files: [fileOf(name, bytes)], batchId: name }, context),
    );
    return services['report.original']({ reportId: outcome!.reportId! }, context);
  };

  it('shows a .wps as the HTML that its cells point into, tables included', async () => {
    const [fixture] = await wordBinaryFixtures();
    const view = valueOf(await original('公文.wps', await readFile(fixture!.wps)));
    expect(view.format).toBe('wps');
    expect(view.html).toMatch(/<table>.*<td[^>]*rowspan="\d+"/s);
    expect(view.html).toContain('信息内容');
  });

  it('draws the pages of an OFD: text at its positions, paths, colours', async () => {
    const view = valueOf(await original('公文.ofd', await readFile(path.join(realOfdDir, 'n.ofd'))));
    expect(view.format).toBe('ofd');
    expect(view.pages).toHaveLength(2);
    const [first] = view.pages!;
    const text = first!.texts.map((run) => run.chars.join('')).join('');
    expect(text).toContain('路卫发〔2011〕76号');
    for (const run of first!.texts)
      run.x.forEach((x, i) =>
        expect(x >= 0 && x <= first!.widthPt && run.y[i]! >= 0 && run.y[i]! <= first!.heightPt).toBe(true),
      );
    expect(first!.paths.some((path) => path.stroke === 'rgb(238,32,37)')).toBe(true); // the red rule under the header
  });
});
