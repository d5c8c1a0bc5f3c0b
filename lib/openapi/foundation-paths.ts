import { z } from 'zod';
import { signUpSchema } from '@/lib/auth/schemas';
import { errorResponse, errorResponses, jsonBody, jsonResponse, type ApiRegistrar } from './registry';

/** Endpoints that existed before the registry: health, sign-up and the current user. */
export const registerFoundationApi: ApiRegistrar = (registry) => {
  registry.registerPath({
    method: 'get',
    path: '/api/health',
    tags: ['Sistema'],
    summary: 'Estado del servicio y de la base de datos',
    responses: {
      200: jsonResponse('Todo bien.', z.object({ status: z.literal('ok'), db: z.literal('ok') })),
      503: jsonResponse('La base de datos no responde.', z.object({ status: z.string(), db: z.string() })),
    },
  });

  registry.registerPath({
    method: 'post',
    path: '/api/v1/auth/sign-up',
    tags: ['Cuenta'],
    summary: 'Crea una cuenta',
    request: { body: jsonBody(signUpSchema) },
    responses: {
      201: jsonResponse('Cuenta creada.', z.object({ id: z.uuid(), email: z.string(), name: z.string() })),
      ...errorResponses(400, 429),
      409: errorResponse(409, 'El correo ya tiene cuenta (`EMAIL-TAKEN`).'),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/me',
    tags: ['Cuenta'],
    summary: 'La usuaria con sesión',
    responses: {
      200: jsonResponse(
        'Datos de la cuenta.',
        z.object({
          id: z.uuid(),
          email: z.string(),
          name: z.string(),
          role: z.enum(['CUSTOMER', 'STAFF', 'ADMIN']),
          isVip: z.boolean(),
          vipUntil: z.string().nullable().meta({ description: 'Fecha (AAAA-MM-DD) hasta la que es VIP.' }),
        }),
      ),
      ...errorResponses(401),
    },
  });
};
