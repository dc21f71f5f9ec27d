import { t } from '../i18n';

/** One problem with one input, as the server names it (`name`, `sector`, `If-Match`, `body`...). */
export interface FieldError {
  field: string;
  message: string;
}

/** An RFC 9457 problem document; operations may add members such as `current`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors: FieldError[];
  [member: string]: unknown;
}

/** A request that failed: an error answer from the server, or no answer at all (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }
}

export interface ApiResponse<T> {
  /** The parsed JSON body; null when the answer had none (such as 204). */
  data: T;
  etag: string | null;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is, instead of `body`, such as a CSV file: the text and its media type. */
  text?: { content: string; type: string };
  ifMatch?: string;
  signal?: AbortSignal | undefined;
}

const CSRF_COOKIE = 'cg_csrf';
const CSRF_HEADER = 'X-CSRF-Token';
const AUTH_PATH = '/api/v1/auth/';

export const problemTypes = {
  invalidCredentials: 'urn:commonground:problem:invalid-credentials',
  accountLocked: 'urn:commonground:problem:account-locked',
  signInRequired: 'urn:commonground:problem:sign-in-required',
  sessionExpired: 'urn:commonground:problem:session-expired',
  signInIncomplete: 'urn:commonground:problem:sign-in-incomplete',
  forbidden: 'urn:commonground:problem:forbidden',
} as const;

let sessionLostListener: ((error: ApiError) => void) | null = null;

/**
 * Registers the function told when a request outside /api/v1/auth/ finds the session gone (401)
 * or not fully signed in (403 sign-in-incomplete), so the app can send the person to sign in.
 */
export function onSessionLost(listener: ((error: ApiError) => void) | null): void {
  sessionLostListener = listener;
}

/**
 * Calls the API at `path` with JSON (or the `text` given) in and JSON out, sending the session
 * cookie and, on methods that change something, the CSRF token from the `cg_csrf` cookie.
 * Resolves with the body and ETag of a 2xx answer; rejects with an ApiError for anything else, or
 * with the AbortError when `signal` aborts the request.
 */
export async function apiRequest<T>(
  path: string,
  options: RequestOptions = {},
): Promise<ApiResponse<T>> {
  const method = options.method ?? 'GET';
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  if (options.text !== undefined) headers.set('Content-Type', options.text.type);
  else if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (options.ifMatch !== undefined) headers.set('If-Match', options.ifMatch);
  if (method !== 'GET') {
    const token = readCookie(CSRF_COOKIE);
    if (token !== null) headers.set(CSRF_HEADER, token);
  }

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.text?.content ?? (options.body === undefined ? null : JSON.stringify(options.body)),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError(fallbackProblem(0, t('problem.network')));
  }

  const body = await readJson(response);
  if (!response.ok) {
    const error = new ApiError(toProblem(response.status, body));
    if (!path.startsWith(AUTH_PATH) && isSessionLost(error)) sessionLostListener?.(error);
    throw error;
  }
  return { data: body as T, etag: response.headers.get('ETag') };
}

/** True for the rejection of a request whose signal was aborted; such errors need no message. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** An error made in the browser, before asking the server: one message per field. */
export function localError(errors: FieldError[]): ApiError {
  return new ApiError({ type: 'about:blank', title: '', status: 0, detail: '', errors });
}

function isSessionLost(error: ApiError): boolean {
  return (
    error.status === 401 || (error.status === 403 && error.problem.type === problemTypes.signInIncomplete)
  );
}

function readCookie(name: string): string | null {
  for (const pair of document.cookie.split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === name) {
      return decodeURIComponent(pair.slice(separator + 1).trim());
    }
  }
  return null;
}

async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return null;
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function toProblem(status: number, body: unknown): Problem {
  if (!isRecord(body) || typeof body.detail !== 'string') {
    return fallbackProblem(status, t('problem.unexpected', { status }));
  }
  return {
    ...body,
    type: typeof body.type === 'string' ? body.type : 'about:blank',
    title: typeof body.title === 'string' ? body.title : '',
    status,
    detail: body.detail,
    errors: Array.isArray(body.errors) ? body.errors.filter(isFieldError) : [],
  };
}

function fallbackProblem(status: number, detail: string): Problem {
  return { type: 'about:blank', title: '', status, detail, errors: [] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFieldError(value: unknown): value is FieldError {
  return isRecord(value) && typeof value.field === 'string' && typeof value.message === 'string';
}
