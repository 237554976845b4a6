import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import { LiveSources, metricsRegistry } from '@app/core';
import { DataSource } from 'typeorm';

export const POOL_LABEL = Symbol('POOL_LABEL');

/** What node-postgres' Pool counts (TypeORM keeps the pool as `driver.master`). */
interface PgPool {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
  readonly options?: { readonly max?: number };
}

interface PoolTotals {
  inUse: number;
  idle: number;
  waiting: number;
  max: number;
}

const pools = new LiveSources<{
  readonly label: string;
  readonly pool: () => PgPool | undefined;
}>();

/** Counters the pool keeps in memory: reading them costs no query. Same labels add up. */
function totals(): Map<string, PoolTotals> {
  const out = new Map<string, PoolTotals>();
  for (const { label, pool } of pools.all()) {
    const p = pool();
    if (!p) continue;
    const t = out.get(label) ?? { inUse: 0, idle: 0, waiting: 0, max: 0 };
    t.inUse += p.totalCount - p.idleCount;
    t.idle += p.idleCount;
    t.waiting += p.waitingCount;
    t.max += p.options?.max ?? 0;
    out.set(label, t);
  }
  return out;
}

new Gauge({
  name: 'passerelle_db_pool_connections',
  help: 'Open connections of the database pool, by state (in_use, idle).',
  labelNames: ['pool', 'state'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const [pool, t] of totals()) {
      this.set({ pool, state: 'in_use' }, t.inUse);
      this.set({ pool, state: 'idle' }, t.idle);
    }
  },
});

new Gauge({
  name: 'passerelle_db_pool_waiting',
  help: 'Queries waiting for a free connection of the database pool.',
  labelNames: ['pool'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const [pool, t] of totals()) this.set({ pool }, t.waiting);
  },
});

new Gauge({
  name: 'passerelle_db_pool_max',
  help: 'Largest number of connections the database pool may open (DATABASE_POOL_SIZE).',
  labelNames: ['pool'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const [pool, t] of totals()) this.set({ pool }, t.max);
  },
});

/** Puts this app's TypeORM pool in the pool gauges while the app runs. */
@Injectable()
export class PoolMetrics implements OnModuleInit, OnModuleDestroy {
  private remove?: () => void;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(POOL_LABEL) private readonly label: string,
  ) {}

  onModuleInit(): void {
    const driver = this.dataSource.driver as unknown as { master?: PgPool };
    this.remove = pools.add({ label: this.label, pool: () => driver.master });
  }

  onModuleDestroy(): void {
    this.remove?.();
  }
}
