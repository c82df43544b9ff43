import { el, escapeXmlAttribute, escapeXmlText, xmlDocument } from './xml-writer';

describe('the XML writer of the archive package', () => {
  it('escapes markup in text and quotes and line breaks in attributes, so a title cannot change the document', () => {
    expect(escapeXmlText('Äldre <i Skåne> & "Lund"')).toBe('Äldre &lt;i Skåne&gt; &amp; "Lund"');
    expect(escapeXmlAttribute('a "b"\nc\td\re')).toBe('a &quot;b&quot;&#10;c&#9;d&#13;e');
  });

  it('drops the characters XML 1.0 cannot carry rather than write a document no parser accepts', () => {
    expect(escapeXmlText('ett\u0000två\u0007tre\uFFFF\uD800fyra')).toBe('etttvåtrefyra');
    // A pair of surrogates is one character outside the BMP and stays.
    expect(escapeXmlText('emoji \uD83D\uDE00')).toBe('emoji \uD83D\uDE00');
  });

  it('leaves out absent attributes and children and keeps a text element on one line', () => {
    const document = xmlDocument(
      el('root', { a: 'x', b: undefined, c: null, n: 3, t: true }, el('text', {}, 'värde'), null, false, [el('empty'), undefined]),
    ).toString('utf8');
    expect(document).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<root a="x" n="3" t="true">\n  <text>värde</text>\n  <empty/>\n</root>\n');
  });

  it('refuses names that are not XML names, and text mixed with elements', () => {
    expect(() => el('not a name')).toThrow(/element name/);
    expect(() => el('ok', { 'bad attr': 'x' })).toThrow(/attribute name/);
    expect(() => xmlDocument(el('p', {}, 'text', el('b')))).toThrow(/Mixed content/);
  });
});
