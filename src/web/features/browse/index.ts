// Browsing the code lists under /browse: the index of systems; ICD-10-CM by chapters → sections → categories from
// the tabular (prefix browsing when none is loaded); every system by code prefix; HCPCS modifiers as their own list.
import type { FastifyPluginAsync } from 'fastify';
import { h } from 'preact';
import {
  browseCodes,
  cmCategoriesInRange,
  cmTree,
  isCodeSystem,
  listHcpcsModifiers,
  SYSTEM_HEADINGS,
  unknownSystemError,
} from '../../../catalog/index.js';
import { AppError } from '../../../shared/index.js';
import type { FeatureOptions } from '../../deps.js';
import { sendPage } from '../../render.js';
import { BrowseIndex, BrowsePage, CmCategoriesPage, CmChaptersPage, CmSectionsPage } from './browse-page.js';
import { HcpcsModifiersPage } from './modifiers-page.js';
import { registerRbcsBrowse } from './rbcs-routes.js';

/** Registered under /browse (features/index.ts). */
export const browseFeature: FastifyPluginAsync<FeatureOptions> = async (app, { deps }) => {
  // '' is the prefix itself (/browse), without the /browse/ that '/' would add
  app.get('', async (_req, reply) => sendPage(reply, { title: 'Browse', canonical: '/browse' }, h(BrowseIndex, {})));
  registerRbcsBrowse(app, deps);
  app.get('/icd10cm', async (_req, reply) => {
    const tree = cmTree(deps.catalog);
    if (tree)
      return sendPage(reply, { title: 'Browse ICD-10-CM', canonical: '/browse/icd10cm' }, h(CmChaptersPage, { tree }));
    const result = browseCodes(deps.catalog, 'icd10cm', '');
    if (!result) throw new AppError('NOT_FOUND', { what: 'An icd10cm code list' });
    return sendPage(reply, { title: 'Browse ICD-10-CM' }, h(BrowsePage, { result }));
  });
  app.get<{ Params: { num: string } }>('/icd10cm/chapter/:num', async (req, reply) => {
    const tree = cmTree(deps.catalog);
    const chapter = tree?.chapters.find((c) => c.num === req.params.num);
    if (!tree || !chapter)
      throw new AppError('NOT_FOUND', { what: `ICD-10-CM chapter ${req.params.num.slice(0, 10)}` });
    return sendPage(reply, { title: `ICD-10-CM chapter ${chapter.num}` }, h(CmSectionsPage, { tree, chapter }));
  });
  app.get<{ Params: { id: string } }>('/icd10cm/section/:id', async (req, reply) => {
    const tree = cmTree(deps.catalog);
    const section = tree?.sections.find((s) => s.id === req.params.id);
    if (!tree || !section) throw new AppError('NOT_FOUND', { what: `ICD-10-CM section ${req.params.id.slice(0, 20)}` });
    const chapter = tree.chapters.find((c) => c.num === section.chapter);
    const entries = cmCategoriesInRange(deps.catalog, section.id);
    return sendPage(reply, { title: `ICD-10-CM ${section.id}` }, h(CmCategoriesPage, { section, chapter, entries }));
  });
  // a static route: it wins over the prefix route below for this one path
  app.get('/hcpcs/modifiers', async (_req, reply) => {
    const list = listHcpcsModifiers(deps.catalog);
    if (!list) throw new AppError('NOT_FOUND', { what: 'A hcpcs code list' });
    return sendPage(
      reply,
      { title: 'HCPCS Level II modifiers', canonical: '/browse/hcpcs/modifiers' },
      h(HcpcsModifiersPage, { list }),
    );
  });
  app.get<{ Params: { system: string; prefix?: string } }>('/:system/:prefix?', async (req, reply) => {
    const { system } = req.params;
    if (!isCodeSystem(system)) throw unknownSystemError(system);
    const result = browseCodes(deps.catalog, system, (req.params.prefix ?? '').slice(0, 10));
    if (!result) throw new AppError('NOT_FOUND', { what: `A ${system} code list` });
    if (result.entries.length === 0) throw new AppError('NOT_FOUND', { what: `Codes under ${result.prefix}` });
    return sendPage(
      reply,
      { title: `Browse ${SYSTEM_HEADINGS[system]} ${result.prefix}`.trim() },
      h(BrowsePage, { result }),
    );
  });
};
