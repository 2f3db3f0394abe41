import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../common/audit.service';
import { AdminQueuesService } from './admin-queues.service';
import { BoardSessionsService } from './board-sessions.service';

export const BOARD_PATH = '/admin/queues';
export const BOARD_COOKIE = 'dondoc_queue_board';

// The board's page loads only its own bundle and calls only its own API: nothing inline runs, nothing
// comes from elsewhere (its Google Fonts link is refused and the page keeps the system fonts).
const BOARD_CSP = {
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    upgradeInsecureRequests: null,
  },
};

const REFUSALS = {
  401: { error: 'Unauthorized', message: 'Phiên xem hàng đợi chưa mở hoặc đã hết hạn: mở lại từ Quản trị → Hàng đợi' },
  403: { error: 'Forbidden', message: 'Chỉ quản trị viên được xem hàng đợi' },
} as const;

/**
 * Bull Board at /admin/queues, over the worker's queues. Its page cannot send the bearer token the web
 * app holds, so every request under the prefix needs the board cookie an admin gets from
 * `POST /api/admin/queues/session`.
 */
export async function mountQueueBoard(app: NestFastifyApplication): Promise<void> {
  const sessions = app.get(BoardSessionsService);
  const audit = app.get(AuditService);
  const db = app.get<DataSource>(getDataSourceToken());
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(BOARD_PATH);
  const queues = app.get(AdminQueuesService);
  // The board has no Vietnamese translation of its own: the queues it lists at least say what they are.
  createBullBoard({
    queues: queues.queues.map((q) => new BullMQAdapter(q, { displayName: queues.labelOf(q).label, description: queues.labelOf(q).description })),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Hàng đợi Đôn đốc', miscLinks: [{ text: 'Về trang Quản trị', url: '/admin?tab=queues' }] } },
  });
  await app.register(
    async (board: FastifyInstance) => {
      board.addHook('onRequest', async (request, reply) => {
        // After the global headers: this prefix alone gets the board's policy.
        reply.helmet({ contentSecurityPolicy: BOARD_CSP });
        const user = await sessions.userFor(request.cookies[BOARD_COOKIE]);
        if (user?.role !== 'admin') return refuse(request, reply, user ? 403 : 401);
        // Retrying, removing, pausing or emptying through the board changes what the worker does: it is
        // written down like any other admin write.
        if (request.method !== 'GET' && request.method !== 'HEAD') {
          const [target = ''] = request.url.slice(`${BOARD_PATH}/api/`.length).split('?');
          await audit.record(db.manager, {
            actorId: user.id,
            action: `queue_board.${request.method.toLowerCase()}`,
            entity: 'queue',
            entityId: target.slice(0, 64),
            after: { path: target },
          });
        }
      });
      await board.register(serverAdapter.registerPlugin());
    },
    { prefix: BOARD_PATH },
  );
}

function refuse(request: FastifyRequest, reply: FastifyReply, status: 401 | 403): FastifyReply {
  const { error, message } = REFUSALS[status];
  reply.code(status);
  if (request.headers.accept?.includes('text/html')) {
    return reply
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Hàng đợi</title><p>${message}</p><p><a href="/admin?tab=queues">Về trang Quản trị</a></p></html>`,
      );
  }
  return reply.send({ statusCode: status, error, message });
}
