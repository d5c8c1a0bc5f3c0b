export default class RouteCacheHandler {
  get(
    key: string,
    ctx?: { tags?: string[]; softTags?: string[] },
  ): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: unknown, ctx?: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
