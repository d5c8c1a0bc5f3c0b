/** What shoppers and the JSON API see of a review. The author appears by first name and initial only. */
export type PublicReview = {
  id: string;
  rating: number;
  title: string;
  comment: string;
  authorName: string;
  isVerifiedPurchase: boolean;
  createdAt: string;
  /** True when the author changed it after posting. */
  isEdited: boolean;
  adminResponse: string | null;
  adminRespondedAt: string | null;
};

/** The author's own review, as the form and PATCH/POST answers show it (hidden ones included). */
export type OwnReview = PublicReview & { productId: string; isVisible: boolean; updatedAt: string };

export type ReviewRow = {
  id: string;
  productId: string;
  rating: number;
  title: string;
  comment: string;
  authorName: string;
  isVerifiedPurchase: boolean;
  isVisible: boolean;
  adminResponse: string | null;
  adminRespondedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

/** "Camilo Pérez Gómez" → "Camilo P.": enough to feel human, not enough to find the person. */
export function publicAuthorName(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return 'Cliente de Botica';
  const second = words[1];
  return second ? `${first} ${second.charAt(0).toLocaleUpperCase('es-CO')}.` : first;
}

// An edit within a minute of posting is the author fixing a typo, not a changed opinion.
const EDIT_GRACE_MS = 60_000;

export function toPublicReview(row: ReviewRow): PublicReview {
  return {
    id: row.id,
    rating: row.rating,
    title: row.title,
    comment: row.comment,
    authorName: publicAuthorName(row.authorName),
    isVerifiedPurchase: row.isVerifiedPurchase,
    createdAt: row.createdAt.toISOString(),
    isEdited: row.updatedAt.getTime() - row.createdAt.getTime() > EDIT_GRACE_MS,
    adminResponse: row.adminResponse,
    adminRespondedAt: row.adminRespondedAt?.toISOString() ?? null,
  };
}

export function toOwnReview(row: ReviewRow): OwnReview {
  return {
    ...toPublicReview(row),
    productId: row.productId,
    isVisible: row.isVisible,
    updatedAt: row.updatedAt.toISOString(),
  };
}
