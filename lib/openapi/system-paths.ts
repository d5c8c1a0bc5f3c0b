import { z } from 'zod';
import { errorResponses, jsonResponse, type ApiRegistrar } from './registry';

const anyJson = z.record(z.string(), z.unknown());

/**
 * The routes under `/api` that are not store endpoints: the OpenAPI document itself, the Auth.js
 * endpoints the contract names for signing in (api.md conventions) and Inngest's endpoint.
 */
export const registerSystemApi: ApiRegistrar = (registry) => {
  registry.registerPath({
    method: 'get',
    path: '/api/v1/openapi.json',
    tags: ['Sistema'],
    summary: 'Este documento OpenAPI 3.1',
    responses: { 200: jsonResponse('El documento.', anyJson) },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/auth/csrf',
    tags: ['Sesión'],
    summary: 'Token CSRF de Auth.js (paso 1 para iniciar sesión)',
    responses: { 200: jsonResponse('El token.', z.object({ csrfToken: z.string() })) },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/auth/session',
    tags: ['Sesión'],
    summary: 'La sesión actual según Auth.js (`{}` sin sesión)',
    responses: { 200: jsonResponse('La sesión.', anyJson) },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/auth/callback/credentials',
    tags: ['Sesión'],
    summary: 'Inicia sesión con correo y contraseña (paso 2)',
    description:
      'Formulario `application/x-www-form-urlencoded` de hasta 8 KiB. Auth.js responde con una redirección y la cookie de sesión; un bloqueo por intentos fallidos responde 429 en JSON.',
    request: {
      body: {
        required: true,
        content: {
          'application/x-www-form-urlencoded': {
            schema: z.object({
              csrfToken: z.string(),
              email: z.string(),
              password: z.string(),
              callbackUrl: z.string().optional(),
            }),
          },
        },
      },
    },
    responses: {
      302: { description: 'Redirección de Auth.js (con la cookie de sesión si los datos son correctos).' },
      ...errorResponses(400, 413, 429),
    },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/auth/signout',
    tags: ['Sesión'],
    summary: 'Cierra la sesión',
    request: {
      body: {
        required: true,
        content: { 'application/x-www-form-urlencoded': { schema: z.object({ csrfToken: z.string() }) } },
      },
    },
    responses: {
      302: { description: 'Redirección de Auth.js; la cookie de sesión queda borrada.' },
      ...errorResponses(413),
    },
  });

  const inngest = {
    tags: ['Sistema'],
    description: 'Para Inngest (firmado con su clave de firma); no es para clientes.',
    security: [],
    responses: { 200: jsonResponse('Respuesta del SDK de Inngest.', anyJson), ...errorResponses(401) },
  };
  registry.registerPath({ method: 'get', path: '/api/inngest', summary: 'Estado del endpoint de Inngest', ...inngest });
  registry.registerPath({ method: 'post', path: '/api/inngest', summary: 'Inngest ejecuta una función', ...inngest });
  registry.registerPath({
    method: 'put',
    path: '/api/inngest',
    summary: 'Inngest sincroniza las funciones',
    ...inngest,
  });
};
