import { z } from 'zod';

/**
 * Shapes of what Wompi Colombia sends us (docs/payments.md#transactions-api and #webhook-events). Only the fields the
 * store relies on are strict; the many nullable extras are optional so a sparser payload (the docs'
 * own event example omits most of them) still parses.
 */

export const transactionStatusSchema = z.enum(['PENDING', 'APPROVED', 'DECLINED', 'VOIDED', 'ERROR']);
export type WompiTransactionStatus = z.infer<typeof transactionStatusSchema>;

/** Final statuses never change again; only PENDING does (docs/payments.md#transactions-api). */
export const FINAL_TRANSACTION_STATUSES: readonly WompiTransactionStatus[] = [
  'APPROVED',
  'DECLINED',
  'VOIDED',
  'ERROR',
];

const nullableString = z.string().nullable().optional();
const nullableObject = z.record(z.string(), z.unknown()).nullable().optional();

// Loose: `extra` differs per method (card bin/brand, async_payment_url, …) and grows over time.
export const paymentMethodSchema = z.looseObject({
  type: z.string().optional(),
  extra: z.record(z.string(), z.unknown()).nullable().optional(),
  installments: z.number().int().nullable().optional(),
  token: z.string().nullable().optional(),
});

export const transactionSchema = z.object({
  id: z.string().min(1),
  created_at: z.string().optional(),
  finalized_at: nullableString,
  amount_in_cents: z.int().nonnegative(),
  reference: z.string(),
  customer_email: nullableString,
  currency: z.string(),
  payment_method_type: z.string().nullable().optional(),
  payment_method: paymentMethodSchema.nullable().optional(),
  status: transactionStatusSchema,
  status_message: nullableString,
  shipping_address: nullableObject,
  redirect_url: nullableString,
  payment_source_id: z.union([z.number(), z.string()]).nullable().optional(),
  payment_link_id: z.union([z.number(), z.string()]).nullable().optional(),
  customer_data: nullableObject,
  billing_data: nullableObject,
  bill_id: z.union([z.number(), z.string()]).nullable().optional(),
  taxes: z.array(z.unknown()).nullable().optional(),
  tip_in_cents: z.int().nullable().optional(),
  origin: nullableString,
});
export type WompiTransaction = z.infer<typeof transactionSchema>;

/** `GET /v1/transactions/{id}` */
export const transactionResponseSchema = z.object({
  data: transactionSchema,
  meta: z.unknown().optional(),
});
export type WompiTransactionResponse = z.infer<typeof transactionResponseSchema>;

/** `GET /v1/transactions?reference=…`: a list, because a buyer may retry under the same reference (docs/payments.md#pitfalls-designed-out). */
export const transactionListResponseSchema = z.object({
  data: z.array(transactionSchema),
  meta: z.unknown().optional(),
});
export type WompiTransactionListResponse = z.infer<typeof transactionListResponseSchema>;

const presignedSchema = <T extends string>(type: T) =>
  z.object({
    acceptance_token: z.string().min(1),
    permalink: z.string(),
    type: z.literal(type),
  });

/** `GET /v1/merchants/{public_key}` */
export const merchantSchema = z.looseObject({
  id: z.union([z.number(), z.string()]),
  name: z.string(),
  public_key: z.string(),
  presigned_acceptance: presignedSchema('END_USER_POLICY'),
  presigned_personal_data_auth: presignedSchema('PERSONAL_DATA_AUTH'),
});
export type WompiMerchant = z.infer<typeof merchantSchema>;

export const merchantResponseSchema = z.object({ data: merchantSchema });
export type WompiMerchantResponse = z.infer<typeof merchantResponseSchema>;

/** docs/payments.md#transactions-api: 401 INVALID_ACCESS_TOKEN, 404 NOT_FOUND_ERROR, 422 INPUT_VALIDATION_ERROR with `messages`. */
export const errorResponseSchema = z.object({
  error: z.object({
    type: z.string(),
    reason: z.string().optional(),
    messages: z.record(z.string(), z.array(z.string())).optional(),
  }),
});
export type WompiErrorResponse = z.infer<typeof errorResponseSchema>;

/**
 * Any webhook body (docs/payments.md#webhook-events). `event` stays a free string because Wompi adds event types; the handler
 * must still answer 200 to the ones it ignores. `data` is kept raw here since the checksum is
 * computed over it before anything else is trusted.
 */
export const webhookEventSchema = z.object({
  event: z.string().min(1),
  data: z.record(z.string(), z.unknown()),
  environment: z.string(),
  signature: z.object({
    properties: z.array(z.string().min(1)).min(1),
    checksum: z.string(),
  }),
  // Top level, integer UNIX seconds; some public code wrongly nests it in `signature`. A digit string
  // is what the checksum accepts too (signature.ts), so it is read the same way here.
  timestamp: z.union([
    z.int().nonnegative(),
    z
      .string()
      .regex(/^\d{1,15}$/)
      .transform(Number),
  ]),
  sent_at: z.string().optional(),
});
export type WompiWebhookEvent = z.infer<typeof webhookEventSchema>;

/** The one event a storefront acts on. Parse with this only after the checksum verified. */
export const transactionUpdatedEventSchema = webhookEventSchema.extend({
  event: z.literal('transaction.updated'),
  data: z.object({ transaction: transactionSchema }),
});
export type WompiTransactionUpdatedEvent = z.infer<typeof transactionUpdatedEventSchema>;
