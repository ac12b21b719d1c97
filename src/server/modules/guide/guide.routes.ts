/**
 * /api/v1/guide: the intelligent guide (智能导服). Every route is public; the checklist also
 * marks materials a logged-in applicant already filed in earlier cases.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../platform/errors.js';
import { checklistBody, checklistResult, codeParam, idParam, questionsResult, scenarioView, searchQuery, searchResult, suggestQuery, suggestResult } from './guide.schemas.js';
import type { GuideService } from './guide.service.js';

export const guideRoutes: FastifyPluginAsyncZod<{ service: GuideService }> = async (app, { service }) => {
  service.start();
  app.addHook('onClose', async () => service.stop());
  const tags = ['guide'];
  const config = { public: true };

  app.get(
    '/guide/search',
    { config, schema: { tags, summary: '智能导服搜索：事项与办事场景，附命中原因', querystring: searchQuery, response: { 200: searchResult, 400: problem } } },
    async (req) => service.search(req.query.q, req.query.limit),
  );

  app.get(
    '/guide/suggest',
    { config, schema: { tags, summary: '输入联想（支持拼音和首字母）', querystring: suggestQuery, response: { 200: suggestResult, 400: problem } } },
    async (req) => service.suggest(req.query.q, req.query.limit),
  );

  app.get('/guide/scenarios', { config, schema: { tags, summary: '办事场景（一件事）列表', response: { 200: z.object({ items: z.array(scenarioView) }) } } }, async () => service.scenarios());

  app.get(
    '/guide/scenarios/:id',
    { config, schema: { tags, summary: '一个办事场景：按办理顺序的事项', params: idParam, response: { 200: scenarioView, 404: problem } } },
    async (req) => service.scenario(req.params.id),
  );

  app.get(
    '/guide/items/:code/questions',
    { config, schema: { tags, summary: '情形引导：决定材料清单的问题', params: codeParam, response: { 200: questionsResult, 404: problem } } },
    async (req) => service.questions(req.params.code),
  );

  app.post(
    '/guide/checklist',
    { config, schema: { tags, summary: '按回答生成材料清单（含示范文本、容缺、告知承诺、可复用材料）', body: checklistBody, response: { 200: checklistResult, 400: problem } } },
    async (req) => service.checklist(req.actor, req.body),
  );
};
