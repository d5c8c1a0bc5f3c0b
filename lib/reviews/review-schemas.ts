import { z } from 'zod';
import { REVIEW_LIMITS } from '@/db/schema/reviews';
import { formInt, queryInt } from '@/lib/validation/primitives';

// C0/C1 control characters other than tab and newline: invisible in the page, only useful to spoof text.
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Plain text as typed: trimmed, Windows line breaks unified, control characters dropped. Never HTML. */
const plainText = (max: number, label: string) =>
  z
    .string({ error: `${label} debe ser texto.` })
    .transform((v) => v.replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '').trim())
    .pipe(z.string().max(max, { error: `${label} admite hasta ${max} caracteres.` }));

const RATING_MESSAGE = 'Elige una calificación de 1 a 5 estrellas.';
// The product page's form sends the rating as text: a JSON integer or plain digits, nothing coerced.
const rating = formInt({ min: 1, max: 5, message: RATING_MESSAGE });

const TEXT_REQUIRED = 'Escribe un título o un comentario.';

/** Create and edit share one shape: the author re-sends the whole review (docs/api.md: rating, title?, comment?). */
export const reviewInputSchema = z
  .object({
    rating,
    title: plainText(REVIEW_LIMITS.title, 'El título').optional().default(''),
    comment: plainText(REVIEW_LIMITS.comment, 'El comentario').optional().default(''),
  })
  .superRefine((value, ctx) => {
    if (value.title === '' && value.comment === '') {
      ctx.addIssue({ code: 'custom', path: ['title'], message: TEXT_REQUIRED });
      ctx.addIssue({ code: 'custom', path: ['comment'], message: TEXT_REQUIRED });
    }
  });

export type ReviewInput = z.infer<typeof reviewInputSchema>;

export const REVIEW_SORTS = ['newest', 'highest', 'lowest'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];
export const REVIEW_PAGE_SIZE = 10;

export const reviewListQuerySchema = z.object({
  sort: z.enum(REVIEW_SORTS, { error: 'sort debe ser newest, highest o lowest.' }).default('newest'),
  page: queryInt({ min: 1, max: 1_000, message: 'page va de 1 a 1000.' }).default(1),
  pageSize: queryInt({ min: 1, max: 50, message: 'pageSize va de 1 a 50.' }).default(REVIEW_PAGE_SIZE),
});

export type ReviewListQuery = z.infer<typeof reviewListQuerySchema>;

/** Moderation: hide/unhide and the shop's public answer ('' or null removes it). */
export const moderateReviewSchema = z
  .object({
    isVisible: z.boolean({ error: 'isVisible debe ser true o false.' }).optional(),
    adminResponse: plainText(REVIEW_LIMITS.adminResponse, 'La respuesta').nullable().optional(),
  })
  .refine((v) => v.isVisible !== undefined || v.adminResponse !== undefined, {
    error: 'Indica isVisible o adminResponse.',
    path: ['_'],
  });

export type ModerateReviewInput = z.infer<typeof moderateReviewSchema>;

export const VISIBILITY_FILTERS = ['all', 'visible', 'hidden'] as const;

export const moderationListQuerySchema = z.object({
  visibility: z.enum(VISIBILITY_FILTERS, { error: 'visibility debe ser all, visible o hidden.' }).default('all'),
  rating: queryInt({ min: 1, max: 5, message: 'rating va de 1 a 5.' }).optional(),
  /** Product name or slug, partial and case-insensitive. */
  product: z.string().trim().max(100, { error: 'product admite hasta 100 caracteres.' }).optional(),
  page: queryInt({ min: 1, max: 10_000, message: 'page va de 1 a 10000.' }).default(1),
  pageSize: queryInt({ min: 1, max: 100, message: 'pageSize va de 1 a 100.' }).default(25),
});

export type ModerationListQuery = z.infer<typeof moderationListQuerySchema>;
