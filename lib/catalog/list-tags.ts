import { asc } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { tags } from '@/db/schema';
import type { NamedRef } from './types';

export type TagSummary = NamedRef & { id: string };

export async function listTags(db: Db): Promise<TagSummary[]> {
  return db.select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).orderBy(asc(tags.name));
}
