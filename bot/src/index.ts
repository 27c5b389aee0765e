import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { startTelemetry, type Telemetry } from './telemetry';

/** Process entry: read config (one line and exit 1 if bad), start telemetry if configured, start the app, stop it on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  // Telemetry first: its instrumentation must be in place before the app's libraries load.
  const telemetry: Telemetry | undefined = config.telemetry ? await startTelemetry(config.telemetry.connectionString) : undefined;
  const { startApp } = await import('./app.js');
  const app = await startApp(config, log);
  const base = `http://127.0.0.1:${app.port}`;
  log.info({ port: app.port, store: app.db.driver }, 'ready');
  process.stdout.write(
    [
      '',
      `  Kvalitetsråd is running on ${base} (store: ${app.db.driver === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL'})`,
      `  Tab:               ${base}/tab/`,
      app.playground ? `  Agents Playground: ${app.playground.url}  (open it, pick the team's "Kvalitetsråd" channel)` : '',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    await app.stop();
    await telemetry?.stop().catch((error: unknown) => log.warn({ err: { name: (error as Error).name } }, 'telemetry not flushed'));
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Kvalitetsråd could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
