import type { IncomingMessage } from 'node:http';
import type { Span } from '@opentelemetry/api';
import type { InstrumentationConfig } from '@opentelemetry/instrumentation';

/** Started telemetry, and how to flush it on shutdown. */
export interface Telemetry {
  stop(): Promise<void>;
}

/** URL attributes of the HTTP instrumentation (old and stable semantic conventions). */
const URL_ATTRIBUTES = ['http.target', 'http.url', 'url.full'] as const;

/**
 * Incoming requests are recorded by path only: query strings carry link signatures (calendar and
 * minutes links) and ids that are nobody's business in a monitoring tool.
 */
function withoutQuery(span: Span, request: unknown): void {
  const url = (request as IncomingMessage).url;
  if (typeof url !== 'string' || !('headers' in (request as object))) return; // outgoing: no secrets in our own calls' URLs
  const pathOnly = url.split('?')[0] ?? url;
  for (const name of URL_ATTRIBUTES) span.setAttribute(name, pathOnly);
  span.setAttribute('url.query', '');
  span.updateName(`${(request as IncomingMessage).method ?? 'GET'} ${pathOnly}`);
}

/**
 * Optional export to Application Insights through OpenTelemetry (`@azure/monitor-opentelemetry`, the
 * Azure Monitor distro), on when `APPLICATIONINSIGHTS_CONNECTION_STRING` is set: incoming requests,
 * outgoing HTTP (Bot Connector, Graph) and PostgreSQL statements (text, never parameters), with
 * standard metrics. Started before the app's modules load, so their libraries are instrumented. Logs
 * stay with pino and App Service: they are not sent.
 */
export async function startTelemetry(connectionString: string): Promise<Telemetry> {
  const { useAzureMonitor, shutdownAzureMonitor } = await import('@azure/monitor-opentelemetry');
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString },
    enableLiveMetrics: false,
    instrumentationOptions: {
      http: { enabled: true, requestHook: withoutQuery } as InstrumentationConfig,
      postgreSql: { enabled: true },
      azureSdk: { enabled: false },
      mongoDb: { enabled: false },
      mySql: { enabled: false },
      redis: { enabled: false },
      redis4: { enabled: false },
      bunyan: { enabled: false },
      winston: { enabled: false },
    },
  });
  return { stop: () => shutdownAzureMonitor() };
}
