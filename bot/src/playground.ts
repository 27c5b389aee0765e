import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { childProcessEnv } from './config';

/** The port the Agents Playground serves its web client and mock Bot Connector on. */
export const PLAYGROUND_PORT = 56150;

/** A running Agents Playground. */
export interface PlaygroundProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts Microsoft's Agents Playground (a dev dependency) against the local bot endpoint. It reads
 * `.m365agentsplayground.yml` from `rootDir`: the mock team with the `Kvalitetsråd` channel. It runs
 * offline and sends no JWT, which is why it only runs in local mode. Returns `undefined` when the
 * package is not installed (a production install).
 */
export function startPlayground(rootDir: string, botPort: number, log: Logger): PlaygroundProcess | undefined {
  const cli = path.join(rootDir, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
  if (!existsSync(cli)) {
    log.warn('the Agents Playground is not installed (npm install without --omit=dev brings it)');
    return undefined;
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [cli, '-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '-p', String(PLAYGROUND_PORT), '--dt'],
    // The Playground takes the user's locale from its own process: the mock tenant is a Swedish one.
    { cwd: rootDir, stdio: ['ignore', 'pipe', 'pipe'], env: childProcessEnv({ LANG: 'sv_SE.UTF-8', LC_ALL: 'sv_SE.UTF-8', TZ: 'Europe/Stockholm' }) },
  );
  child.stdout?.on('data', () => undefined);
  child.stderr?.on('data', () => undefined);
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal === null) {
      log.error({ code }, 'the Agents Playground stopped; check .m365agentsplayground.yml against its schema');
    }
  });
  return {
    url: `http://localhost:${PLAYGROUND_PORT}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
