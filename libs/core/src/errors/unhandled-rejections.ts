import type { Logger } from 'pino';
import { isDependencyUnavailable } from './dependency-unavailable';

/**
 * pg-boss (10.4, manager.js) marks a finished job complete or failed without awaiting the
 * query, so a job that ends while the database restarts rejects with nobody listening, and
 * Node would end the whole process for it. Such rejections are logged and the job is retried
 * when it expires; any other unhandled rejection still ends the process, as by default.
 */
export function exitOnUnexpectedRejection(logger: Logger): void {
  process.on('unhandledRejection', (reason) => {
    if (isDependencyUnavailable(reason)) {
      const error = reason instanceof Error ? reason.message : String(reason);
      logger.warn({ error }, 'a background database call failed while the database was away');
      return;
    }
    logger.fatal({ err: reason }, 'unhandled promise rejection');
    process.exit(1);
  });
}
