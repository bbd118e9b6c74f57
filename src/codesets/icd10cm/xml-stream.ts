// Streaming walk over an XML document held in a string, on top of saxes (XML 1.0, no namespaces, no DTD).
// The CDC ICD-10-CM files are plain element trees, so callers only need open/close/text events with the line
// each element starts on. This module owns the one policy for bad input: a document whose root is not the
// expected element is "not recognised"; a recognised document that breaks XML rules (truncated, mismatched
// tags) is "malformed" with the line where parsing stopped. Either way the whole file is rejected, because a
// half-read tree would silently lose codes.
import { type SaxesOptions, SaxesParser } from 'saxes';
import { AppError } from '../../shared/index.js';

export interface XmlEvents {
  open(name: string, attributes: Readonly<Record<string, string>>, line: number): void;
  close(name: string): void;
  /** character data (entities already decoded); may arrive in several pieces for one element */
  text(text: string): void;
}

/** saxes prefixes its messages with "line:column: "; the line is reported separately, so drop it. */
function stripPosition(message: string): string {
  return message.replace(/^(?:[^:]*:)?\d+:\d+:\s*/, '');
}

export function walkXml(text: string, file: string, rootName: string, events: XmlEvents): void {
  // Without namespace processing saxes hands attributes over as plain strings.
  const options: SaxesOptions & { xmlns: false } = { xmlns: false, position: true };
  const parser = new SaxesParser(options);
  let rootSeen = false;

  parser.on('error', (err) => {
    const why = stripPosition(err.message);
    // Before the root element opens, nothing says this is the expected document at all.
    if (!rootSeen)
      throw new AppError('CODESET_NOT_RECOGNIZED', { file, why: `not an XML <${rootName}> document (${why})` });
    throw new AppError('CODESET_MALFORMED', { file, line: parser.line, why: `invalid XML: ${why}` });
  });
  parser.on('opentag', (tag) => {
    if (!rootSeen) {
      if (tag.name !== rootName) {
        throw new AppError('CODESET_NOT_RECOGNIZED', {
          file,
          why: `root element is <${tag.name}>, expected <${rootName}>`,
        });
      }
      rootSeen = true;
    }
    events.open(tag.name, tag.attributes, parser.line);
  });
  parser.on('closetag', (tag) => events.close(tag.name));
  parser.on('text', (t) => events.text(t));
  parser.on('cdata', (t) => events.text(t));

  parser.write(text).close();
  if (!rootSeen) throw new AppError('CODESET_NOT_RECOGNIZED', { file, why: `no <${rootName}> root element` });
}
