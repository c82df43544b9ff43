/**
 * The archive package's XML (METS, ERMS, PREMIS) is built as a tree and rendered here, in one place that escapes
 * every text and attribute: the case's titles, subjects and file names come from people and may hold any character.
 */

/** A value an attribute may be given; null and undefined leave the attribute out. */
export type XmlAttributeValue = string | number | boolean | null | undefined;

/** What an element may contain: elements, text, and nothing (null, undefined, false: so that optional parts read inline). */
export type XmlChild = XmlElement | string | number | null | undefined | false | XmlChild[];

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, XmlAttributeValue>>;
  readonly children: readonly XmlChild[];
}

// A qualified name: an optional prefix and a local name (the namespaces these documents use need nothing more).
const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;

export function el(name: string, attributes: Record<string, XmlAttributeValue> = {}, ...children: XmlChild[]): XmlElement {
  if (!NAME.test(name)) throw new Error(`Not an XML element name: ${name}`);
  for (const key of Object.keys(attributes)) if (!NAME.test(key)) throw new Error(`Not an XML attribute name: ${key}`);
  return { name, attributes, children };
}

/**
 * Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE and U+FFFF) are dropped: an
 * escape would not make them legal, and a parser refuses the whole document for one of them.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

/** In an attribute, quotes and the whitespace a parser would otherwise normalise to spaces are escaped too. */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value).replace(/["\t\n\r]/g, (c) => ({ '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' })[c]!);
}

function flatten(children: readonly XmlChild[]): (XmlElement | string)[] {
  const out: (XmlElement | string)[] = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) out.push(...flatten(child));
    else out.push(typeof child === 'number' ? String(child) : (child as XmlElement | string));
  }
  return out;
}

function attributesOf(element: XmlElement): string {
  return Object.entries(element.attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXmlAttribute(String(value))}"`)
    .join('');
}

function render(element: XmlElement, depth: number): string {
  const indent = '  '.repeat(depth);
  const open = `${indent}<${element.name}${attributesOf(element)}`;
  const children = flatten(element.children);
  if (children.length === 0) return `${open}/>`;
  // An element of text alone stays on one line, so that no whitespace is added to its value.
  if (children.every((c) => typeof c === 'string')) return `${open}>${escapeXmlText(children.join(''))}</${element.name}>`;
  if (children.some((c) => typeof c === 'string')) throw new Error(`Mixed content is not used in these documents: <${element.name}>`);
  const inner = (children as XmlElement[]).map((c) => render(c, depth + 1)).join('\n');
  return `${open}>\n${inner}\n${indent}</${element.name}>`;
}

/** The document as UTF-8 bytes, with its declaration. */
export function xmlDocument(root: XmlElement): Buffer {
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${render(root, 0)}\n`, 'utf8');
}
