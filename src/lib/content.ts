import { getCollection, type CollectionEntry } from 'astro:content';
import { localize, type LocalizedPage } from './localize.ts';

export { splitId } from './localize.ts';

export type GuideEntry = CollectionEntry<'guide'>;
export type LocalizedGuidePage = LocalizedPage<GuideEntry>;

/** Every guide page in both languages (missing translations fall back), ordered by `order`. */
export async function guidePages(): Promise<LocalizedGuidePage[]> {
  const pages = localize(await getCollection('guide'));
  return pages.sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
}
