import { isbot } from 'isbot';

/** What a visit is judged on: the method and the headers, nothing kept. */
export interface VisitRequest {
  readonly method: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

const header = (request: VisitRequest, name: string): string => {
  const value = request.headers[name];
  return (Array.isArray(value) ? value.join(',') : (value ?? '')).toLowerCase();
};

/**
 * Whether a request is a person looking: a GET (not a HEAD a link checker sends), not a
 * prefetch or preview the browser made on its own, and a user agent that isbot's maintained
 * list does not know as a crawler. A request without a user agent is not counted either.
 */
export function isCountableVisit(request: VisitRequest): boolean {
  if (request.method.toUpperCase() !== 'GET') return false;
  const purpose = `${header(request, 'sec-purpose')} ${header(request, 'purpose')} ${header(request, 'x-purpose')} ${header(request, 'x-moz')}`;
  if (/prefetch|prerender|preview/.test(purpose)) return false;
  const agent = request.headers['user-agent'];
  if (typeof agent !== 'string' || agent.trim() === '') return false;
  return !isbot(agent);
}
