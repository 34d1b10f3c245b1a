/**
 * The HTTP API, typed by the types openapi-typescript generates from the OpenAPI document
 * (src/api/schema.d.ts, never edited by hand). Commands carry an Idempotency-Key so a retry after a
 * lost answer writes nothing twice; reads after a save pass minVersion so the page never shows an
 * older state than the one it saved (docs/read-side.md).
 */
import type { components } from '../api/schema';
import type { Config } from './config';
import { formErrors, type FormErrors } from '../lib/problems';
import { uuidv7 } from '../lib/uuid';

export type Schemas = components['schemas'];
export type CommandResult = Schemas['CommandResult'];
export type Problem = Schemas['Problem'];

export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

/** The network is down or the API could not be reached: the page says it is offline. */
export class OfflineError extends Error {
  override name = 'OfflineError';
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export interface ApiClient {
  get<T>(path: string, query?: Query): Promise<T>;
  /** A file the API answers (a CSV export): its text, and the file name it suggests. */
  file(path: string, query?: Query): Promise<{ text: string; fileName: string | null }>;
  command(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, query?: Query): Promise<CommandResult>;
}

export function createApi(config: Config, token: () => Promise<string | null>, onUnauthorized: () => void): ApiClient {
  async function send(method: string, path: string, body: unknown, query: Query | undefined, headers: Record<string, string>,
    asText = false) {
    const url = new URL(config.apiBaseUrl + path);
    Object.entries(query ?? {}).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, String(v)); });
    const accessToken = await token();
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          accept: 'application/json',
          ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
      });
    } catch (e) {
      throw new OfflineError(e instanceof Error ? e.message : String(e));
    }
    const text = await response.text();
    if (asText && response.ok) {
      const disposition = response.headers.get('content-disposition') ?? '';
      return { text, fileName: /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? null };
    }
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) {
      if (response.status === 401) onUnauthorized();
      const problem: Problem = json && typeof json === 'object' && 'title' in json ? json
        : { type: 'about:blank', title: (json && json.message) || response.statusText, status: response.status };
      throw new ApiError(response.status, problem);
    }
    return json;
  }
  return {
    get: <T,>(path: string, query?: Query) => send('GET', path, undefined, query, {}) as Promise<T>,
    file: (path, query) => send('GET', path, undefined, query, { accept: 'text/csv' }, true) as Promise<{ text: string; fileName: string | null }>,
    command: (method, path, body, query) => send(method, path, body, query, { 'idempotency-key': uuidv7() }) as Promise<CommandResult>,
  };
}

/** The version a command left its record at: pass it as minVersion ("<id>:<version>" on lists). */
export function minVersionOf(result: CommandResult, id: string): string {
  return `${id}:${result.version}`;
}

/**
 * What a failed command means for a form: the API's problem+json mapped onto the form's fields
 * ({@link formErrors}), or, when the API was not reached or answered no problem, one message at the top.
 */
export function formErrorsOf(e: unknown, known?: Iterable<string>): FormErrors {
  if (e instanceof ApiError) return formErrors(e.problem, known);
  return { fields: {}, form: [e instanceof Error ? `${e.name === 'OfflineError' ? 'You are offline: ' : ''}${e.message}` : String(e)] };
}
