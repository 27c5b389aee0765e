import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startApp, type RunningApp } from '../../bot/src/app';
import { loadConfig, type Config } from '../../bot/src/config';
import { LoopbackConnector, type ConnectorMember } from './loopback-connector';
import { TENANT } from './factories';

/** The team of the test world: a residence's manager and five care staff, as Teams identifies them. */
export const people = {
  anna: { id: '29:anna', name: 'Anna Lindqvist', aadObjectId: '00000000-0000-4000-8000-000000000101' },
  bengt: { id: '29:bengt', name: 'Bengt Karlsson', aadObjectId: '00000000-0000-4000-8000-000000000102' },
  cecilia: { id: '29:cecilia', name: 'Cecilia Ek', aadObjectId: '00000000-0000-4000-8000-000000000103' },
  david: { id: '29:david', name: 'David Nilsson', aadObjectId: '00000000-0000-4000-8000-000000000104' },
  elin: { id: '29:elin', name: 'Elin Svensson', aadObjectId: '00000000-0000-4000-8000-000000000105' },
  fatima: { id: '29:fatima', name: 'Fatima Ali', aadObjectId: '00000000-0000-4000-8000-000000000106' },
} satisfies Record<string, ConnectorMember>;

/** The set-up form of the world's council, as "Starta kvalitetsrådet" submits it: Anna leads, the five are members. */
export const councilFormData = {
  unitName: 'Solgårdens vård- och omsorgsboende',
  area: 'sarskilt-boende',
  timeZone: 'Europe/Stockholm',
  managerIds: people.anna.aadObjectId,
  memberIds: [people.bengt, people.cecilia, people.david, people.elin, people.fatima].map((p) => p.aadObjectId).join(','),
};

export const TEAM_ID = '19:team-solgarden@thread.tacv2';
export const CHANNEL_ID = '19:kvalitetsrad-solgarden@thread.tacv2';
export const BOT = { id: '28:kvalitetsrad-bot', name: 'Kvalitetsråd' };

/** A running app (local mode, PGlite in a temp dir) with a loopback connector and activity builders. */
export class TeamsWorld {
  app!: RunningApp;
  connector = new LoopbackConnector({
    members: Object.values(people),
    channels: [
      { id: TEAM_ID, name: 'General' },
      { id: CHANNEL_ID, name: 'Kvalitetsråd' },
    ],
  });
  private dataDir?: string;
  private env: Record<string, string> = {};

  /** Starts the world; `env` adds configuration (e.g. `LOCALE`). */
  async start(env: Record<string, string> = {}): Promise<this> {
    await this.connector.start();
    this.dataDir = await mkdtemp(path.join(os.tmpdir(), 'kvalitetsrad-'));
    this.env = env;
    await this.startServer();
    return this;
  }

  /** Stops the server and starts it again on the same store, as after a crash or a deployment. */
  async restart(): Promise<void> {
    await this.app.stop();
    await this.startServer();
  }

  /** Sets the simulated clock (`POST /api/dev/clock`) and returns what was posted. */
  async setClock(
    now: string,
  ): Promise<{ now: string; posted: { kind: string; outcome: string; meetingId?: string; activityId?: string; reason?: string }[] }> {
    const response = await fetch(`${this.baseUrl}/api/dev/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ now }),
    });
    if (response.status !== 200) throw new Error(`dev clock answered ${response.status}`);
    return (await response.json()) as Awaited<ReturnType<TeamsWorld['setClock']>>;
  }

  private async startServer(): Promise<void> {
    const config: Config = loadConfig({ PORT: '0', DATA_DIR: this.dataDir!, PLAYGROUND: '0', LOG_LEVEL: 'silent', ...this.env });
    this.app = await startApp(config, pino({ level: 'silent' }));
  }

  async stop(): Promise<void> {
    // Unset when start() failed before the app was up: stop() still tidies up after it.
    await (this.app as RunningApp | undefined)?.stop();
    await this.connector.stop();
    if (this.dataDir) await rm(this.dataDir, { recursive: true, force: true });
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.app.port}`;
  }

  /** Posts an activity to `/api/messages` and returns the HTTP status and body (the invoke response). */
  async send(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  /** A message in the Kvalitetsråd channel that @mentions the bot. */
  channelMessage(text: string, from: ConnectorMember = people.anna, locale = 'sv-SE'): Record<string, unknown> {
    return {
      ...this.base('message', from, locale),
      text: `<at>${BOT.name}</at> ${text}`,
      entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }],
    };
  }

  /** A message in the personal chat with the bot. */
  personalMessage(text: string, from: ConnectorMember = people.anna): Record<string, unknown> {
    return {
      ...this.base('message', from, 'sv-SE'),
      conversation: { id: `a:personal-${from.id}`, conversationType: 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
      text,
    };
  }

  /** The app being added to (or removed from) the team, from the Kvalitetsråd channel. */
  installationUpdate(action: 'add' | 'remove', from: ConnectorMember = people.anna): Record<string, unknown> {
    return { ...this.base('installationUpdate', from, 'sv-SE'), action };
  }

  /** An `Action.Execute` press on a card in the channel. */
  invoke(verb: string, data: Record<string, unknown>, from: ConnectorMember = people.anna, replyToId = 'card-1'): Record<string, unknown> {
    return {
      ...this.base('invoke', from, 'sv-SE'),
      name: 'adaptiveCard/action',
      replyToId,
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    };
  }

  private base(type: string, from: ConnectorMember, locale: string): Record<string, unknown> {
    return {
      type,
      id: randomUUID(),
      timestamp: new Date().toISOString(),
      channelId: 'msteams',
      serviceUrl: this.connector.url,
      from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
      recipient: BOT,
      conversation: { id: CHANNEL_ID, conversationType: 'channel', isGroup: true, tenantId: TENANT, name: 'Kvalitetsråd' },
      channelData: {
        tenant: { id: TENANT },
        team: { id: TEAM_ID, name: 'Solgårdens vård- och omsorgsboende', aadGroupId: '00000000-0000-4000-8000-0000000000c1' },
        channel: { id: CHANNEL_ID, name: 'Kvalitetsråd' },
      },
      locale,
    };
  }
}

/** The Adaptive Card inside an activity the bot posted, or inside an invoke response. */
export function cardOf(payload: unknown): Record<string, unknown> | undefined {
  const p = payload as { attachments?: { content?: unknown }[]; value?: unknown; statusCode?: number; type?: string } | undefined;
  if (p?.attachments?.[0]?.content) return p.attachments[0].content as Record<string, unknown>;
  if (p?.type === 'application/vnd.microsoft.card.adaptive') return p.value as Record<string, unknown>;
  return undefined;
}

/** All the text a card shows (TextBlocks, facts, labels, choices and button titles), one string. */
export function textOf(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && ['text', 'title', 'value', 'label', 'placeholder'].includes(key)) out.push(value);
      else walk(value);
    }
  };
  walk(card);
  return out.join('\n');
}

/**
 * What Teams sends when a card's `Action.Execute` with `verb` is pressed: the action's data merged
 * with every input's current value; `changes` are what the user typed over them.
 */
export function submissionOf(card: unknown, verb: string, changes: Record<string, string> = {}): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  let actionData: Record<string, unknown> | undefined;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const element = node as { type?: string; id?: string; value?: unknown; verb?: string; data?: Record<string, unknown> };
    if (element.type?.startsWith('Input.') && element.id) data[element.id] = element.value ?? '';
    if (element.type === 'Action.Execute' && element.verb === verb) actionData = element.data;
    Object.values(node).forEach(walk);
  };
  walk(card);
  if (!actionData) throw new Error(`the card has no ${verb} action`);
  return { ...data, ...changes, ...actionData };
}
