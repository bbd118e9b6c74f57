// A thin streaming layer over saxes (XML 1.0, no namespaces) shared by the three ICD-10-PCS XML parsers.
// It keeps the element stack, gathers each element's own text and the line its start tag ended on, and
// turns saxes' well-formedness errors into AppErrors, so each parser only has to say what an element means.

import { SaxesParser } from 'saxes';
import { AppError } from '../../shared/index.js';

export interface XmlTag {
  name: string;
  attributes: Readonly<Record<string, string>>;
  /** 1-based line on which the start tag ended */
  line: number;
  /** the enclosing element's name (undefined for the root) */
  parent: string | undefined;
  /** 1 for the root, 2 for its children, … */
  depth: number;
  /**
   * The element's own character data (not its children's), trimmed; set when the element closes, "" before.
   * For mixed content such as `<see>Resection, Uterus<codes>0UT9</codes></see>` it is "Resection, Uterus".
   */
  text: string;
}

export interface XmlHandlers {
  open?(tag: XmlTag): void;
  close?(tag: XmlTag): void;
}

/**
 * Parse `text` and report every element to the handlers. Throws CODESET_NOT_RECOGNIZED when the text is
 * not XML or its root element is not `rootName`, and CODESET_MALFORMED (with the line) when the XML
 * breaks off or is not well formed after the root has started.
 */
export function readXml(text: string, file: string, rootName: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  // One tag object per open element; text accumulates on it until it closes (no copy per event).
  const stack: XmlTag[] = [];
  let rootSeen = false;

  parser.on('error', (err) => {
    // Before the root element opens, a syntax error means this is not an XML file of ours at all.
    if (!rootSeen) {
      throw new AppError('CODESET_NOT_RECOGNIZED', { file, why: `not XML (${stripPosition(err.message)})` });
    }
    throw new AppError('CODESET_MALFORMED', {
      file,
      line: errorLine(text, parser.line),
      why: stripPosition(err.message),
    });
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
    const tag: XmlTag = {
      name: node.name,
      attributes: node.attributes,
      line: parser.line,
      parent: stack[stack.length - 1]?.name,
      depth: stack.length + 1,
      text: '',
    };
    stack.push(tag);
    handlers.open?.(tag);
  });
  const addText = (t: string): void => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const tag = stack.pop();
    if (!tag) return;
    tag.text = tag.text.trim();
    handlers.close?.(tag);
  });

  parser.write(text);
  parser.close();
  if (!rootSeen) throw new AppError('CODESET_NOT_RECOGNIZED', { file, why: `no <${rootName}> element` });
}

/**
 * saxes reports an error at end of input on the line after a final newline, a line the file does not have;
 * name the file's last line instead.
 */
function errorLine(text: string, line: number): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < text.length - 1; i = text.indexOf('\n', i + 1)) lines++;
  return Math.min(line, lines);
}

/** saxes prefixes messages with "file:line:column: "; the AppError carries the line itself. */
function stripPosition(message: string): string {
  return message.replace(/^(?:.*?:)?\d+:\d+: /, '');
}
