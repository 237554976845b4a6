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
