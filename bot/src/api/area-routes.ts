import type { Request, Server } from 'restify';
import { z } from 'zod';
import { Areas } from '../domain/council';
import { NotFoundError } from '../domain/errors';
import {
  chooseGoodExample, goodExamplesDocument, readAreaHeads, readAreaOverview, readGoodExamples, setAreaHeads, type AreaDeps,
} from '../services/area-overview';
import { apiRoute, parseInput, queryOf, thisYear, type ApiDeps, type FileReply } from './api-handler';

/** What the area routes need. */
export type AreaRoutesDeps = ApiDeps & AreaDeps;

const YearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
const ChoiceSchema = z.object({ chosen: z.boolean() });
const HeadsSchema = z.object({
  heads: z.array(z.object({ aadObjectId: z.uuid('area.head.objectId'), name: z.string().trim().min(1).max(200) })).max(50),
});
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const yearOf = (req: Request, now: Date) => parseInput(YearQuery, queryOf(req)).year ?? thisYear(now);

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
    const id = z.uuid().safeParse(req.params?.subAssignmentId);
    if (!id.success) throw new NotFoundError('followUp.notFound');
    await chooseGoodExample(deps, actor, id.data, parseInput(ChoiceSchema, req.body).chosen);
    return readGoodExamples(deps, actor, yearOf(req, deps.clock.now()));
  }));

  server.get('/api/admin/area-heads', route('admin/area-heads', async (_req, actor) => readAreaHeads(deps, actor)));

  server.put('/api/admin/area-heads/:area', route('admin/area-heads/set', async (req, actor) => {
    const area = z.enum(Areas).safeParse(req.params?.area);
    if (!area.success) throw new NotFoundError('area.notFound');
    return setAreaHeads(deps, actor, area.data, parseInput(HeadsSchema, req.body).heads);
  }));
}
