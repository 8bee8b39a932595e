import type { FastifyInstance } from 'fastify'
import { problem } from '#contract/problem-details'
import type { Database } from '../db/database'
import { sendProblem } from './problem-replies'

/** For a load balancer: `/healthz` while the process lives, `/readyz` while its database answers. */
export function healthRoutes(app: FastifyInstance, { db }: { db: Database }) {
  app.get('/healthz', (_request, reply) =>
    reply.header('Cache-Control', 'no-store').send({ status: 'ok' }),
  )
  app.get('/readyz', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store')
    if (await db.ping()) return { status: 'ok' }
    return sendProblem(reply, problem(503, 'Base de données injoignable'))
  })
}
