/**
 * Retries `check` until it passes or `timeoutMs` runs out, then rethrows its last failure.
 * For work that happens asynchronously (worker jobs): bounded waits on state, never timings.
 */
export async function eventually(check: () => Promise<void>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * Waits until the API's search index holds `count` offers. The worker writes search documents;
 * each API process follows them within a fraction of a second, so a test that publishes then
 * searches waits for the API, not for the table.
 */
export async function searchIndexHolds(
  app: { inject(options: { method: 'GET'; url: string }): Promise<{ json(): unknown }> },
  count: number,
  timeoutMs = 60_000,
): Promise<void> {
  await eventually(async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/search?pageSize=1' });
    expect((res.json() as { total: number }).total).toBe(count);
  }, timeoutMs);
}
