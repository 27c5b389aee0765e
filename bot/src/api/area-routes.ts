import type { Server } from 'restify';
import { z } from 'zod';
import { AreaHeadsInputSchema, GoodExampleChoiceSchema } from '../contract/area';
import { NotFoundError } from '../domain/errors';
import { AREAS } from '../domain/vocabulary';
import {
  chooseGoodExample, goodExamplesDocument, readAreaHeads, readAreaOverview, readGoodExamples, setAreaHeads, type AreaDeps,
} from '../services/area-overview';
import { apiRoute, type ApiDeps, type FileReply } from './api-handler';
import { idParam, parseInput, yearOf } from './request-input';

/** What the area routes need. */
export type AreaRoutesDeps = ApiDeps & AreaDeps;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The area head's overview (personal tab) and the admin page naming area heads: signed in, authorized
 * by the policies (`followArea`, `administer`), scoped to the signed-in user's tenant.
 */
export function registerAreaRoutes(server: Server, deps: AreaRoutesDeps): void {
  const route = (path: string, handler: Parameters<typeof apiRoute>[2]) => apiRoute(deps, path, handler);

  server.get('/api/areas/overview', route('areas/overview', async (req, actor) => readAreaOverview(deps, actor, yearOf(req, deps.clock.now()))));

  server.get('/api/areas/good-examples', route('areas/good-examples', async (req, actor) => readGoodExamples(deps, actor, yearOf(req, deps.clock.now()))));

  server.get('/api/areas/good-examples.docx', route('areas/good-examples.docx', async (req, actor, speech): Promise<FileReply> => {
    const { file, fileName } = await goodExamplesDocument(deps, actor, yearOf(req, deps.clock.now()), speech);
    return { file, fileName, contentType: DOCX };
  }));

  server.put('/api/areas/good-examples/:subAssignmentId', route('areas/good-examples/choose', async (req, actor) => {
    const id = idParam(req, 'subAssignmentId', 'followUp.notFound');
    await chooseGoodExample(deps, actor, id, parseInput(GoodExampleChoiceSchema, req.body).chosen);
    return readGoodExamples(deps, actor, yearOf(req, deps.clock.now()));
  }));

  server.get('/api/admin/area-heads', route('admin/area-heads', async (_req, actor) => readAreaHeads(deps, actor)));

  server.put('/api/admin/area-heads/:area', route('admin/area-heads/set', async (req, actor) => {
    const area = z.enum(AREAS).safeParse(req.params?.area);
    if (!area.success) throw new NotFoundError('area.notFound');
    return setAreaHeads(deps, actor, area.data, parseInput(AreaHeadsInputSchema, req.body).heads);
  }));
}
