/** The job that brings an offer's search document up to date (consumed by libs/search). */
export const OFFER_CHANGED_JOB = 'search.offer-changed';
