import { describe, expect, it } from 'vitest';
import { pageWindow } from './pagination';

describe('pageWindow', () => {
  it.each([
    { current: 1, last: 1, expected: [1] },
    { current: 1, last: 3, expected: [1, 2, 3] },
    { current: 6, last: 20, expected: [1, 'gap', 4, 5, 6, 7, 8, 'gap', 20] },
    { current: 1, last: 20, expected: [1, 2, 3, 'gap', 20] },
    { current: 20, last: 20, expected: [1, 'gap', 18, 19, 20] },
    { current: 4, last: 20, expected: [1, 2, 3, 4, 5, 6, 'gap', 20] },
  ])('page $current of $last', ({ current, last, expected }) => {
    expect(pageWindow(current, last)).toEqual(expected);
  });
});
