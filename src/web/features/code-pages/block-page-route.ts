// The chapter and section pages: /codes/icd10cm/G10-G14 (a section or chapter by its range) and
// /codes/icd10cm/chapter/12. One canonical URL each (a chapter's is its number's, a range is upper case), so a
// chapter's range redirects there. Not metered: chapters and sections are the hierarchy, which stays free.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { type BlockQuery, lookupCmBlock } from '../../../catalog/index.js';
import type { FullDeps } from '../../deps.js';
import { checkedDate } from '../../params.js';
import { codePath } from '../../paths.js';
import { sendPage } from '../../render.js';
import { BlockPage } from './code-page-block.js';

export function chapterPath(num: string): string {
  return `/codes/icd10cm/chapter/${encodeURIComponent(num)}`;
}

export function sendBlockPage(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: FullDeps,
  query: Omit<BlockQuery, 'date'>,
): FastifyReply {
  const raw = (req.query as Record<string, unknown>).date;
  const date = checkedDate(typeof raw === 'string' ? raw : undefined);
  const block = lookupCmBlock(deps.catalog, { ...query, ...(date ? { date } : {}) });
  const canonical = block.kind === 'chapter' ? chapterPath(block.chapter) : codePath('icd10cm', block.code);
  const [path = '', search] = req.url.split('?');
  if (path !== canonical) return reply.redirect(`${canonical}${search ? `?${search}` : ''}`, 301);
  const heading = block.kind === 'chapter' ? `Chapter ${block.chapter}: ${block.title}` : block.title;
  return sendPage(
    reply,
    {
      title: `${block.code} — ${heading}`.slice(0, 120),
      canonical,
      description: `ICD-10-CM ${block.kind} ${block.code}: ${block.title}`.slice(0, 300),
    },
    h(BlockPage, { block, ...(date ? { date } : {}) }),
  );
}
