import { describe, expect, it } from 'vitest';
import { reviewInputSchema } from './review-schemas';
import { publicAuthorName, toPublicReview, type ReviewRow } from './review-view';

describe('publicAuthorName', () => {
  it.each([
    ['Camilo Pérez', 'Camilo P.'],
    ['  María   José  Gómez ', 'María J.'],
    ['Valentina', 'Valentina'],
    ['camilo ñuñez', 'camilo Ñ.'],
    ['   ', 'Cliente de Botica'],
  ])('%j → %j', (name, expected) => {
    expect(publicAuthorName(name)).toBe(expected);
  });
});

describe('toPublicReview', () => {
  const row: ReviewRow = {
    id: 'r1',
    productId: 'p1',
    rating: 4,
    title: 't',
    comment: '',
    authorName: 'Ana Ruiz',
    isVerifiedPurchase: true,
    isVisible: true,
    adminResponse: null,
    adminRespondedAt: null,
    createdAt: new Date('2026-05-01T10:00:00Z'),
    updatedAt: new Date('2026-05-01T10:00:30Z'),
  };

  it('calls a review edited only after the first minute', () => {
    expect(toPublicReview(row).isEdited).toBe(false);
    expect(toPublicReview({ ...row, updatedAt: new Date('2026-05-02T10:00:00Z') }).isEdited).toBe(true);
  });

  it('never exposes the author id, email or visibility', () => {
    expect(Object.keys(toPublicReview(row)).sort()).toEqual(
      [
        'adminRespondedAt',
        'adminResponse',
        'authorName',
        'comment',
        'createdAt',
        'id',
        'isEdited',
        'isVerifiedPurchase',
        'rating',
        'title',
      ].sort(),
    );
  });
});

describe('reviewInputSchema', () => {
  it('keeps markup as typed, trims, unifies line breaks and drops control characters', () => {
    const parsed = reviewInputSchema.parse({ rating: '5', comment: '  <b>hola</b>\r\nmundo\u0007  ' });
    expect(parsed).toEqual({ rating: 5, title: '', comment: '<b>hola</b>\nmundo' });
  });
});
