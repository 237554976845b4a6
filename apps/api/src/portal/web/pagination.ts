/** `?page=` as a positive integer (anything else is page 1). */
export function pageOf(raw: unknown): number {
  const page = typeof raw === 'string' && /^\d{1,5}$/.test(raw) ? Number(raw) : 1;
  return page >= 1 ? page : 1;
}

/** What `views/partials/pagination.eta` shows: "page x of y" and the neighbouring pages. */
export interface Pager {
  readonly page: number;
  readonly pages: number;
  /** The previous page's address, absent on the first page. */
  readonly previous?: string;
  /** The next page's address, absent on the last page. */
  readonly next?: string;
}

/**
 * The pager of a list of `total` items shown `pageSize` a page (at most `maxPages` pages);
 * `url(n)` is the address of page n. From past the end, "previous" leads to the last page.
 */
export function pagination(
  page: number,
  total: number,
  pageSize: number,
  url: (page: number) => string,
  maxPages = Number.MAX_SAFE_INTEGER,
): Pager {
  const pages = Math.max(1, Math.min(Math.ceil(total / pageSize), maxPages));
  return {
    page,
    pages,
    previous: page > 1 ? url(Math.min(page - 1, pages)) : undefined,
    next: page < pages ? url(page + 1) : undefined,
  };
}
