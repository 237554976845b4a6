import {
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { enableDefaultMetrics } from './metrics-registry';
import { acquireMetricsServer, type MetricsServerLease } from './metrics-server';

/** Process metrics when /metrics is exposed, and the separate server when METRICS_PORT is set. */
@Injectable()
export class MetricsEndpoint implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private lease?: MetricsServerLease;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.METRICS_PORT !== undefined || config.METRICS_TOKEN) enableDefaultMetrics();
  }

  /** The separate server's address, when METRICS_PORT is set. */
  get url(): string | undefined {
    return this.lease?.url;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.METRICS_PORT === undefined) return;
    this.lease = await acquireMetricsServer({
      host: this.config.HOST,
      port: this.config.METRICS_PORT,
      token: this.config.METRICS_TOKEN,
    });
    this.logger.log({ metricsUrl: this.lease.url }, 'metrics served on their own port');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.lease?.release();
    this.lease = undefined;
  }
}

@Module({ providers: [MetricsEndpoint], exports: [MetricsEndpoint] })
export class MetricsModule {}
