import type { Logger } from 'pino';
import type { Readiness } from './api/health-routes';
import { startHttpServer } from './api/server';
import { localSignIn, tabVerifier } from './api/local-sign-in';
import { teamsSsoVerifier } from './api/teams-sso';
import type { Config } from './config';
import { startPlayground, type PlaygroundProcess } from './playground';
import { ProcessClock } from './scheduler/clock';
import { OutboxWorker } from './scheduler/outbox-worker';
import type { DeliveryReport } from './scheduler/post-deliverer';
import { RateLimiter } from './scheduler/rate-limiter';
import { msalGraphTokens } from './services/graph/graph-tokens';
import { signedLinks, type SignedLinks } from './services/signed-links';
import { listCouncilPeopleForLocalSignIn } from './store/council-repository';
import { sharedSecret } from './store/secret-repository';
import { ProactiveSender } from './teams/proactive-sender';
import type { Db } from './store/db';
import { openDb } from './store/open-db';
import { createAdapter } from './teams/adapter';
import { KvalitetsradBot } from './teams/bot';
import { createMessagesEndpoint } from './teams/messages-endpoint';

/** A running Kvalitetsråd: its address and how to stop it cleanly. */
export interface RunningApp {
  port: number;
  db: Db;
  clock: ProcessClock;
  playground?: PlaygroundProcess;
  /** Stops taking requests (`/readyz` says draining), lets open ones and sends in flight finish, hands unstarted posts back, stops the Playground and closes the store. */
  stop(): Promise<void>;
}

/** Wires config → store → services → bot and HTTP server, and starts them. */
export async function startApp(config: Config, log: Logger): Promise<RunningApp> {
  const db = await openDb(config);
  const clock = new ProcessClock();

  const adapter = createAdapter(config.bot, log, config.locale);
  const postLocale = config.locale === 'en' ? 'en' : 'sv'; // a channel has many readers: Swedish unless fixed to English
  const linkKey = await sharedSecret(db, 'calendar-link-key', clock.now());
  // Calendar links need the server's address, known once it listens; the worker starts after that.
  // Read by closures below that may run before they are set: `let`, undefined until then.
  let links: SignedLinks | undefined = undefined;
  let worker: OutboxWorker | undefined = undefined;
  const currentLinks = (): SignedLinks => {
    if (!links) throw new Error('signed links are asked for before the HTTP server listens');
    return links;
  };
  const bot = new KvalitetsradBot({ db, clock, log, locale: config.locale, links: currentLinks });
  // Local mode: what the worker made since the dev clock last answered, background polls included,
  // so the answer does not depend on which of the two happened to post a due message first.
  const unreported: DeliveryReport[] = [];
  // The tab outside Teams signs in as one of the mock tenant's people, in local mode only.
  const local = config.localMode ? localSignIn(await sharedSecret(db, 'local-sign-in-key', clock.now())) : undefined;
  const verifier = tabVerifier(config.entra ? teamsSsoVerifier(config.entra) : undefined, local);
  const tabLog = log.child({ component: 'tab-api' });
  // Microsoft Graph on behalf of the tab's user, when the Entra app has a client secret; else .ics only.
  const graph =
    config.entra && config.graph
      ? {
          baseUrl: config.graph.baseUrl,
          tokens: msalGraphTokens({
            clientId: config.entra.clientId,
            clientSecret: config.graph.clientSecret,
            authorityHost: config.entra.authorityHost,
          }),
        }
      : undefined;
  let readiness: Readiness = 'starting';
  const http = await startHttpServer({
    config,
    db,
    log,
    messages: createMessagesEndpoint(adapter, bot),
    dev: {
      async setClock(now) {
        if (!worker) clock.set(now);
        else await worker.runDue(true, () => clock.set(now));
        return { now: clock.now().toISOString(), posted: unreported.splice(0) };
      },
      users: () => listCouncilPeopleForLocalSignIn(db),
      async signIn(aadObjectId) {
        const person = (await listCouncilPeopleForLocalSignIn(db)).find((p) => p.aadObjectId === aadObjectId);
        return person && local?.issue(person);
      },
    },
    calendar: { db, clock, locale: postLocale, log: tabLog, links: currentLinks },
    me: { db, log: tabLog, locale: config.locale, verifier },
    followUp: { db, clock, log: tabLog, locale: config.locale, verifier, links: currentLinks, reportingWorkday: config.reportingWorkday },
    areas: { db, clock, log: tabLog, locale: config.locale, verifier, adminIds: config.appAdminIds, reportingWorkday: config.reportingWorkday },
    graph: { db, clock, log: tabLog, locale: config.locale, verifier, graph, postLocale },
    consent:
      config.entra && graph
        ? {
            clientId: config.entra.clientId,
            authorityHost: config.entra.authorityHost,
            graphBaseUrl: graph.baseUrl,
            publicUrl: config.publicUrl,
            rootDir: config.rootDir,
          }
        : undefined,
    readiness: () => readiness,
  });
  links = signedLinks(config.publicUrl ?? `http://localhost:${http.port}`, linkKey);
  worker = new OutboxWorker(
    {
      db,
      clock,
      log: log.child({ component: 'outbox' }),
      locale: postLocale,
      limiter: new RateLimiter(),
      links,
      sender: new ProactiveSender(adapter, config.bot?.appId ?? ''),
    },
    {
      reportingWorkday: config.reportingWorkday,
      ...(config.localMode ? { onDelivered: (reports: readonly DeliveryReport[]) => unreported.push(...reports) } : {}),
    },
  );
  worker.start();
  readiness = 'ready';
  if (config.localMode)
    log.warn({ host: config.host }, 'local mode: no BOT_ID, inbound Bot Framework authentication is off; listening on loopback only');
  const playground = config.playground ? startPlayground(config.rootDir, http.port, log) : undefined;
  return {
    port: http.port,
    db,
    clock,
    playground,
    async stop() {
      readiness = 'draining';
      // At once: no new requests and no new posts; open requests and sends in flight finish.
      await Promise.all([http.close(), worker.stop()]);
      await playground?.stop();
      await db.close();
    },
  };
}
