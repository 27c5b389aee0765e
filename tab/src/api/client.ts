import type { ApiError } from '@contract/common';

/** A refusal of the tab API: the HTTP status and the `ApiError` it answered. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly error: ApiError,
  ) {
    super(error.message);
    this.name = 'ApiRequestError';
  }
}

/** How the client gets the bearer token for a call (Teams SSO caches and refreshes it). */
export type TokenSource = () => Promise<string>;

/** What the client says when the server gave no `ApiError` (network down, proxy page). */
export interface ClientMessages {
  network: string;
  unexpected: string;
}

/**
 * The tab's API client: every call carries `Authorization: Bearer <token>` and the user's language
 * (`Accept-Language`), so the server's messages come back in it. Refusals throw `ApiRequestError`.
 */
export class ApiClient {
  constructor(
    private readonly token: TokenSource,
    private readonly language: string,
    private readonly messages: ClientMessages,
    /** Called when the server refuses the token (401), e.g. to sign in again. */
    private readonly onUnauthorized?: () => void,
  ) {}

  get<T>(path: string): Promise<T> {
    return this.send<T>('GET', path);
  }

  async send<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, body?: unknown): Promise<T> {
    const response = await this.fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await response.json()) as T;
  }

  /** Downloads a file the API answers (it needs the bearer token, so no plain link) under its own name. */
  async download(path: string, fallbackName: string): Promise<void> {
    const response = await this.fetch(path, {});
    const disposition = response.headers.get('content-disposition') ?? '';
    const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    // The click starts the download synchronously; the object URL is no longer needed after it.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private async fetch(path: string, init: RequestInit): Promise<Response> {
    const headers = { ...(init.headers as Record<string, string>), authorization: `Bearer ${await this.token()}`, 'accept-language': this.language };
    let response: Response;
    try {
      response = await fetch(path, { ...init, headers });
    } catch {
      throw new ApiRequestError(0, { code: 'ServiceUnavailable', message: this.messages.network });
    }
    if (response.ok) return response;
    if (response.status === 401) this.onUnauthorized?.();
    throw new ApiRequestError(response.status, await errorOf(response, this.messages.unexpected));
  }
}

/** The `ApiError` of a refusal, or a generic one when the body is not ours. */
async function errorOf(response: Response, unexpected: string): Promise<ApiError> {
  const body = (await response.json().catch(() => undefined)) as Partial<ApiError> | undefined;
  if (body && typeof body.code === 'string' && typeof body.message === 'string') return body as ApiError;
  return { code: 'InternalError', message: unexpected };
}
