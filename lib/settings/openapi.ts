import { errorResponses, jsonBody, jsonResponse, type ApiRegistrar } from '@/lib/openapi/registry';
import { settingsPatchSchema } from './settings-patch';
import { storeSettingsSchema } from './store-settings';

const settingsResponse = jsonResponse(
  'Todos los ajustes, con su valor vigente (dinero en centavos de COP).',
  storeSettingsSchema.meta({ id: 'StoreSettings' }),
);

/** `GET`/`PATCH /api/v1/admin/settings` (api.md additions). */
export const registerSettingsApi: ApiRegistrar = (registry) => {
  const description = 'Solo ADMIN. Sin sesión → 401; otro rol → 403.';
  registry.registerPath({
    method: 'get',
    path: '/api/v1/admin/settings',
    tags: ['Administración'],
    summary: 'Ajustes de la tienda',
    description,
    responses: { 200: settingsResponse, ...errorResponses(401, 403) },
  });
  registry.registerPath({
    method: 'patch',
    path: '/api/v1/admin/settings',
    tags: ['Administración'],
    summary: 'Cambia cualquier subconjunto de los ajustes',
    description: `${description} Se aplica todo o nada: un valor inválido → 400 VALIDATION con el campo y nada se guarda. Queda en la auditoría y rige desde la siguiente solicitud en todas las instancias.`,
    request: { body: jsonBody(settingsPatchSchema) },
    responses: { 200: settingsResponse, ...errorResponses(400, 401, 403) },
  });
};
