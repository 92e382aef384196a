// Small helpers over the XML of an OFD package: elements are matched by local name, whatever
// namespace prefix the producer used ("ofd:TextObject", "TextObject"), and numbers are read leniently.

import { DOMParser, type Element } from '@xmldom/xmldom';

export type { Element };

const XML_ENCODING = /^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)/;

/** The root element of an XML part, decoded by its declared encoding (UTF-8 when none); throws on malformed XML. */
export function parseXml(bytes: Uint8Array): Element {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = XML_ENCODING.exec(head)?.[1];
  let text: string;
  try {
    text = new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes); // an encoding no decoder knows: the standard's default
  }
  // Recoverable errors (an unknown entity, a stray character) keep the parse going; fatal ones stop it.
  const document = new DOMParser({
    onError: (level, message) => {
      if (level === 'fatalError') throw new Error(message);
    },
  }).parseFromString(text, 'text/xml');
  const root = document.documentElement;
  if (!root) throw new Error('no root element');
  return root;
}

/** The element children of `element`, optionally only those with the local name `name`. */
export function childElements(element: Element, name?: string): Element[] {
  const found: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (name === undefined || child.localName === name) found.push(child);
  }
  return found;
}

export const firstChild = (element: Element, name: string): Element | undefined =>
  childElements(element, name)[0];

/** The text content of the first child named `name`, trimmed; undefined when there is none. */
export function childText(element: Element, name: string): string | undefined {
  const text = firstChild(element, name)?.textContent?.trim();
  return text ? text : undefined;
}

export function attribute(element: Element, name: string): string | undefined {
  const value = element.getAttribute(name);
  return value === null || value === '' ? undefined : value;
}

/** A finite number attribute, or `fallback`. */
export function numberAttribute(element: Element, name: string, fallback: number): number {
  const value = Number(attribute(element, name));
  return Number.isFinite(value) && attribute(element, name) !== undefined ? value : fallback;
}

/** "true"/"false" attributes (ST_Bool); anything else is `fallback`. */
export function booleanAttribute(element: Element, name: string, fallback: boolean): boolean {
  const value = attribute(element, name)?.toLowerCase();
  return value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : fallback;
}

/** Whitespace-separated numbers ("0 0 210 297"); non-numbers are dropped. */
export function numberList(text: string | undefined): number[] {
  if (!text) return [];
  return text
    .trim()
    .split(/[\s,]+/)
    .map(Number)
    .filter((value) => Number.isFinite(value));
}

/** A box "x y w h" (ST_Box), or undefined when it is not four numbers with a positive size. */
export function boxOf(text: string | undefined): [number, number, number, number] | undefined {
  const values = numberList(text);
  if (values.length !== 4 || values[2]! <= 0 || values[3]! <= 0) return undefined;
  return values as [number, number, number, number];
}
