/**
 * A small reader of well-formed XML for tests that check what a document says (the archive package's METS, ERMS
 * and PREMIS): elements with their attributes and text, entities decoded. It refuses what is not well-formed
 * (an unclosed or mismatched tag, text outside the root), so a test that reads a document also checks that much.
 * No DTDs, no CDATA, no processing instructions but the declaration: the engine writes none.
 */
export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    if (entity in ENTITIES) return ENTITIES[entity];
    throw new Error(`Unknown entity ${whole}`);
  });
}

export function parseXml(source: string | Buffer): XmlNode {
  const xml = (typeof source === 'string' ? source : source.toString('utf8')).replace(/^<\?xml[^?]*\?>/, '');
  const token = /<!--[\s\S]*?-->|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  let consumed = 0;
  for (let match = token.exec(xml); match; match = token.exec(xml)) {
    if (match.index !== consumed) throw new Error(`Not well-formed at ${consumed}: ${xml.slice(consumed, consumed + 40)}`);
    consumed = token.lastIndex;
    const [whole, closing, opening, attributeText, selfClosing, text] = match;
    if (whole.startsWith('<!--')) continue;
    if (text !== undefined) {
      if (stack.length === 0) {
        if (text.trim()) throw new Error(`Text outside the root element: ${text.trim().slice(0, 40)}`);
        continue;
      }
      stack[stack.length - 1].text += decode(text);
      continue;
    }
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== closing) throw new Error(`</${closing}> closes <${open?.name}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key, double, single] of attributeText.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      if (key in attributes) throw new Error(`Attribute ${key} twice on <${opening}>`);
      attributes[key] = decode(double ?? single);
    }
    const node: XmlNode = { name: opening, attributes, children: [], text: '' };
    if (stack.length) stack[stack.length - 1].children.push(node);
    else if (root) throw new Error('A second root element');
    else root = node;
    if (!selfClosing) stack.push(node);
  }
  if (consumed !== xml.length || stack.length || !root) throw new Error('The document ends before its elements do');
  return root;
}

/** Every element below (and including) `node` with this name, in document order. */
export function descendants(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = node.name === name ? [node] : [];
  for (const child of node.children) found.push(...descendants(child, name));
  return found;
}

/** The only child with this name; throws when there is none or more than one. */
export function child(node: XmlNode, name: string): XmlNode {
  const matches = node.children.filter((c) => c.name === name);
  if (matches.length !== 1) throw new Error(`<${node.name}> has ${matches.length} <${name}>`);
  return matches[0];
}

/** The trimmed text of the only child with this name. */
export const textOf = (node: XmlNode, name: string): string => child(node, name).text.trim();
