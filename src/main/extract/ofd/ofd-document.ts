// The structure of an OFD package: its documents (OFD.xml may hold several DocBody elements), their
// pages in order, each with its page area, the templates drawn under or over it, and the resources
// (fonts, drawing parameters, composite graphic units, images) its objects refer to by ID.

import type { OfdPackage } from './ofd-package';
import { attribute, boxOf, childElements, childText, firstChild, type Element } from './ofd-xml';

export type Box = [x: number, y: number, width: number, height: number];

export interface FontResource {
  name: string;
  bold: boolean;
}

export interface DrawParamResource {
  lineWidth?: number;
  fillColor?: Element;
  strokeColor?: Element;
  /** ID of the parameter this one inherits from. */
  relative?: string;
}

export interface Resources {
  fonts: Map<string, FontResource>;
  drawParams: Map<string, DrawParamResource>;
  /** CompositeGraphicUnit elements by ID. */
  composites: Map<string, Element>;
  /** Image paths (package root) by MultiMedia ID. */
  media: Map<string, string>;
  /** Colour space types ("RGB", "GRAY", "CMYK") by ID. */
  colorSpaces: Map<string, string>;
}

export interface OfdPageRef {
  /** Content parts drawn for the page, bottom first: background templates, the page, foreground templates. */
  layers: Element[];
  /** Physical box in millimetres. */
  box: Box;
  resources: Resources;
}

/** A4, the page area when a document states none. */
const DEFAULT_BOX: Box = [0, 0, 210, 297];

/** Every page of every document in the package, in order. Missing or broken parts are skipped. */
export function ofdPages(pkg: OfdPackage): OfdPageRef[] {
  const root = pkg.xml(pkg.resolve('OFD.xml'));
  if (!root) throw new Error('OFD.xml is missing or broken');
  const pages: OfdPageRef[] = [];
  for (const body of childElements(root, 'DocBody')) {
    const docRoot = childText(body, 'DocRoot');
    if (!docRoot) continue;
    const documentPath = pkg.resolve(docRoot);
    const document = pkg.xml(documentPath);
    if (document) pages.push(...documentPages(pkg, document, documentPath));
  }
  return pages;
}

function documentPages(pkg: OfdPackage, document: Element, documentPath: string): OfdPageRef[] {
  const common = firstChild(document, 'CommonData');
  const resources = emptyResources();
  for (const name of ['PublicRes', 'DocumentRes'])
    for (const element of common ? childElements(common, name) : [])
      addResources(pkg, pkg.resolve(element.textContent ?? '', documentPath), resources);
  const documentBox = physicalBox(common && firstChild(common, 'PageArea')) ?? DEFAULT_BOX;
  const templates = new Map<string, { path: string; zOrder: string }>();
  for (const template of common ? childElements(common, 'TemplatePage') : []) {
    const id = attribute(template, 'ID');
    const location = attribute(template, 'BaseLoc');
    if (id && location)
      templates.set(id, {
        path: pkg.resolve(location, documentPath),
        zOrder: attribute(template, 'ZOrder') ?? 'Background',
      });
  }

  const refs: OfdPageRef[] = [];
  const pagesElement = firstChild(document, 'Pages');
  for (const pageElement of pagesElement ? childElements(pagesElement, 'Page') : []) {
    const location = attribute(pageElement, 'BaseLoc');
    if (!location) continue;
    const pagePath = pkg.resolve(location, documentPath);
    const page = pkg.xml(pagePath);
    if (!page) continue;
    let pageResources = resources;
    const ownResources = childElements(page, 'PageRes');
    if (ownResources.length > 0) {
      pageResources = copyResources(resources);
      for (const element of ownResources)
        addResources(pkg, pkg.resolve(element.textContent ?? '', pagePath), pageResources);
    }
    const below: Element[] = [];
    const above: Element[] = [];
    for (const use of childElements(page, 'Template')) {
      const template = templates.get(attribute(use, 'TemplateID') ?? '');
      const content = template && pkg.xml(template.path);
      if (!template || !content) continue;
      ((attribute(use, 'ZOrder') ?? template.zOrder) === 'Foreground' ? above : below).push(content);
    }
    refs.push({
      layers: [...below, page, ...above],
      box: physicalBox(firstChild(page, 'Area')) ?? documentBox,
      resources: pageResources,
    });
  }
  return refs;
}

const physicalBox = (area: Element | undefined): Box | undefined =>
  area ? boxOf(childText(area, 'PhysicalBox')) : undefined;

const emptyResources = (): Resources => ({
  fonts: new Map(),
  drawParams: new Map(),
  composites: new Map(),
  media: new Map(),
  colorSpaces: new Map(),
});

const copyResources = (resources: Resources): Resources => ({
  fonts: new Map(resources.fonts),
  drawParams: new Map(resources.drawParams),
  composites: new Map(resources.composites),
  media: new Map(resources.media),
  colorSpaces: new Map(resources.colorSpaces),
});

/** Reads a resource part (Res) into `into`; a missing part adds nothing. */
function addResources(pkg: OfdPackage, path: string, into: Resources): void {
  const res = pkg.xml(path);
  if (!res) return;
  const base = pkg.resolve(`${attribute(res, 'BaseLoc') ?? '.'}/x`, path);
  const each = (group: string, item: string, read: (element: Element, id: string) => void): void => {
    for (const list of childElements(res, group))
      for (const element of childElements(list, item)) {
        const id = attribute(element, 'ID');
        if (id) read(element, id);
      }
  };
  each('Fonts', 'Font', (font, id) =>
    into.fonts.set(id, {
      name: `${attribute(font, 'FontName') ?? ''} ${attribute(font, 'FamilyName') ?? ''}`.trim(),
      bold: attribute(font, 'Bold') === 'true',
    }),
  );
  each('DrawParams', 'DrawParam', (param, id) => {
    const lineWidth = Number(attribute(param, 'LineWidth'));
    into.drawParams.set(id, {
      lineWidth: Number.isFinite(lineWidth) && lineWidth > 0 ? lineWidth : undefined,
      fillColor: firstChild(param, 'FillColor'),
      strokeColor: firstChild(param, 'StrokeColor'),
      relative: attribute(param, 'Relative'),
    });
  });
  each('CompositeGraphicUnits', 'CompositeGraphicUnit', (unit, id) => into.composites.set(id, unit));
  each('MultiMedias', 'MultiMedia', (media, id) => {
    const file = childText(media, 'MediaFile');
    if (file) into.media.set(id, pkg.resolve(file, base));
  });
  each('ColorSpaces', 'ColorSpace', (space, id) =>
    into.colorSpaces.set(id, attribute(space, 'Type') ?? 'RGB'),
  );
}
