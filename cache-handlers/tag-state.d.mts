export const CHANNEL: string;
export function debug(...args: unknown[]): void;
export function now(): number;
export function encodeTags(tags: readonly string[]): string;
export function decodeTags(payload: string): string[];
export type TagState = {
  clearedAt: number;
  listening: boolean;
  expire(tags: readonly string[]): void;
  expiration(tags: readonly string[]): number;
  isExpired(tags: readonly string[], timestamp: number): boolean;
  publish(tags: readonly string[]): Promise<void>;
  ensureListening(): void;
};
export function tagState(): TagState;
