/** /api/v1/appointments: the bookable slots (public), booking, one's appointments, cancelling. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppointmentsService } from './appointments.service.js';
import { appointmentParam, appointmentView, bookBody, errors, slotsQuery, slotsView } from './hall.schemas.js';

export const appointmentRoutes: FastifyPluginAsyncZod<{ service: AppointmentsService }> = async (app, { service: appointments }) => {
  app.get(
    '/appointments/slots',
    { config: { public: true }, schema: { tags: ['appointments'], summary: '可预约时段（半小时一段，含余量）', querystring: slotsQuery, response: { 200: slotsView, ...errors } } },
    async (req) => appointments.slots(req.query.zone),
  );
  app.post(
    '/appointments',
    { config: { permissions: ['case.apply'] }, schema: { tags: ['appointments'], summary: '网上预约（每人每事项一个有效预约；30天内3次未到暂停30天）', body: bookBody, response: { 201: appointmentView, ...errors } } },
    async (req, reply) => reply.status(201).send(await appointments.book(req.actor, req.body)),
  );
  app.get(
    '/appointments',
    {
      schema: {
        tags: ['appointments'],
        summary: '我的预约',
        response: { 200: z.object({ items: z.array(appointmentView), blockedUntil: z.string().nullable() }), ...errors },
      },
    },
    async (req) => appointments.mine(req.actor),
  );
  app.post(
    '/appointments/:id/cancel',
    { schema: { tags: ['appointments'], summary: '取消预约', params: appointmentParam, response: { 200: appointmentView, ...errors } } },
    async (req) => appointments.cancel(req.actor, req.params.id),
  );
};
