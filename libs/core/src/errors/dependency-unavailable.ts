/**
 * Errors that say a dependency (PostgreSQL, mostly) cannot be reached or is restarting, not
 * that our code is wrong: the same request may well succeed a few seconds later. The HTTP
 * layer answers them 503 with Retry-After instead of a 500.
 */

/** SQLSTATEs of a server going away, starting up or refusing more work for now. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown: the server is stopping (or lost its postmaster)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up, in recovery
  '57014', // query_canceled: our statement_timeout fired
  '53300', // too_many_connections
]);

/** Socket errors on the way to a dependency. */
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/** node-postgres and pg-pool report these without a code. */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/, // "… unexpectedly", "… due to connection timeout"
  /^timeout exceeded when trying to connect$/, // pg-pool: no connection within connectionTimeoutMillis
  /is not queryable$/, // a client whose connection already broke
  /^Cannot use a pool after calling end on the pool$/, // the app is shutting down
];

/**
 * TypeORM gives a connection back to the pool as soon as it breaks; the next query of the
 * transaction under way then fails with one of these, the broken connection's error
 * forgotten. Our code never holds a query runner itself on the request path, so there they
 * mean exactly that.
 */
const RELEASED_BY_A_BROKEN_CONNECTION = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

export function isDependencyUnavailable(error: unknown): boolean {
  return causes(error).some((e) => {
    if (typeof e.name === 'string' && RELEASED_BY_A_BROKEN_CONNECTION.has(e.name)) return true;
    const code = typeof e.code === 'string' ? e.code : '';
    if (UNAVAILABLE_SOCKET_CODES.has(code)) return true;
    // Connection exceptions (class 08) and the shutdown codes above.
    if (/^[0-9A-Z]{5}$/.test(code) && (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code)))
      return true;
    const message = typeof e.message === 'string' ? e.message : '';
    return UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
  });
}

interface ErrorLike {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly message?: unknown;
}

/**
 * The error and what it wraps: TypeORM's `driverError`, `cause`, and the attempts of an
 * AggregateError (Node's connect to a host with several addresses).
 */
function causes(error: unknown): ErrorLike[] {
  const found: ErrorLike[] = [];
  const pending = [error];
  while (pending.length > 0 && found.length < 10) {
    const next = pending.shift();
    if (typeof next !== 'object' || next === null || found.includes(next)) continue;
    found.push(next);
    const { driverError, cause, errors } = next as {
      driverError?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    pending.push(driverError, cause, ...(Array.isArray(errors) ? errors : []));
  }
  return found;
}
