import { createServer, type Server } from 'node:http';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { DatabaseHealth } from '@dondoc/database';
import { pingRedis, Queues } from '@dondoc/queue';
import { MetricsService } from './metrics.service';
import { RuntimeService } from './runtime.service';
import { WORKER_TUNING, type WorkerTuning } from './worker-options';

/** The worker's only HTTP port: GET /health (200 or 503) and GET /metrics (Prometheus text). */
@Injectable()
export class HealthServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('health');
  private server: Server | null = null;

  constructor(
    private readonly database: DatabaseHealth,
    private readonly queues: Queues,
    private readonly runtime: RuntimeService,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WORKER_TUNING) private readonly tuning: WorkerTuning,
  ) {}

  async check(): Promise<{ status: 'ok' | 'error'; details: Record<string, unknown> }> {
    const [postgres, redis] = await Promise.all([this.database.answers(), pingRedis(this.queues.connection)]);
    const probe = this.runtime.probeHealthy();
    return {
      status: postgres && redis && probe ? 'ok' : 'error',
      details: {
        postgres: postgres ? 'up' : 'down',
        redis: redis ? 'up' : 'down',
        queue: probe ? 'flowing' : 'stalled',
        lastProbeOkAt: this.runtime.lastProbeOkAt ? new Date(this.runtime.lastProbeOkAt).toISOString() : null,
        lastProbeError: this.runtime.lastProbeError,
        worker: this.tuning.name,
      },
    };
  }

  async metricsText(): Promise<string> {
    try {
      for (const [name, queue] of [
        ['mail', this.queues.mail],
        ['reminders', this.queues.reminders],
      ] as const) {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
        for (const [state, count] of Object.entries(counts)) this.metrics.queueDepth.set({ queue: name, state }, count);
      }
    } catch {
      // Redis down: the gauges keep their last values; /health says why.
    }
    return this.metrics.registry.metrics();
  }

  get port(): number | null {
    const address = this.server?.address();
    return address && typeof address === 'object' ? address.port : null;
  }

  async onApplicationBootstrap(): Promise<void> {
    const port = this.tuning.healthPort ?? this.config.workerHealthPort;
    if (port === 0 && this.tuning.healthPort === null) return;
    this.server = createServer((request, response) => {
      const path = (request.url ?? '/').split('?')[0];
      const reply = (status: number, type: string, body: string) => response.writeHead(status, { 'content-type': type }).end(body);
      if (request.method === 'GET' && path === '/health') {
        void this.check().then((h) => reply(h.status === 'ok' ? 200 : 503, 'application/json', JSON.stringify(h)));
      } else if (request.method === 'GET' && path === '/metrics') {
        void this.metricsText().then(
          (t) => reply(200, this.metrics.registry.contentType, t),
          () => reply(500, 'text/plain', 'error'),
        );
      } else reply(404, 'application/json', JSON.stringify({ statusCode: 404, error: 'Not Found', message: 'GET /health or /metrics' }));
    });
    await new Promise<void>((resolve) => {
      this.server!.once('error', (err: NodeJS.ErrnoException) => {
        this.logger.warn(
          `Health endpoint not started on port ${port} (${err.code ?? err.message}); set WORKER_HEALTH_PORT to a free port, or 0 to turn it off`,
        );
        this.server = null;
        resolve();
      });
      this.server!.listen(port, this.config.workerHealthHost, () => resolve());
    });
    if (this.server) this.logger.log(`Health and metrics on http://${this.config.workerHealthHost}:${this.port}/health, /metrics`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
    this.server?.closeAllConnections?.();
  }
}
