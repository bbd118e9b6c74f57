// A thin streaming layer over saxes (XML 1.0, no namespaces) shared by the three ICD-10-PCS XML parsers.
// It keeps the element stack, gathers each element's own text and the line its start tag ended on, and
// turns saxes' well-formedness errors into AppErrors, so each parser only has to say what an element means.

import { SaxesParser } from 'saxes';
import { AppError } from '../../shared/errors.js';

export interface XmlOpenTag {
  name: string;
  attributes: Readonly<Record<string, string>>;
  /** 1-based line on which the start tag ended */
  line: number;
  /** names of the enclosing elements, root first, not including this one */
  path: readonly string[];
}

export interface XmlCloseTag extends XmlOpenTag {
  /**
   * The element's own character data (not its children's), trimmed. For mixed content such as
   * `<see>Resection, Uterus<codes>0UT9</codes></see>` this is "Resection, Uterus".
   */
  text: string;
}

export interface XmlHandlers {
  open?(tag: XmlOpenTag): void;
  close?(tag: XmlCloseTag): void;
}

interface Frame {
  tag: XmlOpenTag;
  text: string;
}

/**
 * Parse `text` and report every element to the handlers. Throws CODESET_NOT_RECOGNIZED when the text is
 * not XML or its root element is not `rootName`, and CODESET_MALFORMED (with the line) when the XML
 * breaks off or is not well formed after the root has started.
 */
export function readXml(text: string, file: string, rootName: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: true });
  const stack: Frame[] = [];
  const path: string[] = [];
  let rootSeen = false;

  parser.on('error', (err) => {
    // Before the root element opens, a syntax error means this is not an XML file of ours at all.
    if (!rootSeen) throw new AppError('CODESET_NOT_RECOGNIZED', { file, why: `not XML (${stripPosition(err.message)})` });
    throw new AppError('CODESET_MALFORMED', { file, line: parser.line, why: stripPosition(err.message) });
  });
  parser.on('opentag', (node) => {
    if (!rootSeen) {
      if (node.name !== rootName) {
        throw new AppError('CODESET_NOT_RECOGNIZED', {
          file,
          why: `the root element is <${node.name}>, expected <${rootName}>`,
        });
      }
      rootSeen = true;
    }
    const tag: XmlOpenTag = { name: node.name, attributes: node.attributes, line: parser.line, path: path.slice() };
    stack.push({ tag, text: '' });
    path.push(node.name);
    handlers.open?.(tag);
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('cdata', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('closetag', () => {
    const frame = stack.pop();
    path.pop();
    if (frame) handlers.close?.({ ...frame.tag, text: frame.text.trim() });
  });

  parser.write(text);
  parser.close();
  if (!rootSeen) throw new AppError('CODESET_NOT_RECOGNIZED', { file, why: `no <${rootName}> element` });
}

/** saxes prefixes messages with "file:line:column: "; the AppError carries the line itself. */
function stripPosition(message: string): string {
  return message.replace(/^(?:.*?:)?\d+:\d+: /, '');
}
