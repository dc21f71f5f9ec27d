import type { ReferenceItem } from '../../api/reference';
import type { ShelfEntry } from '../../api/shelf';
import { t } from '../../i18n';

/** Where a partnership's shelf lives in the app. */
export const shelfPaths = {
  shelf: (partnershipId: number) => `/partnerships/${partnershipId}/shelf`,
};

const ratingKeys = ['none', '1', '2', '3', '4', '5'] as const;

/** The usefulness choices, "Not rated yet" first, then 1 (not useful) to 5 (very useful). */
export function ratingOptions(): ReferenceItem[] {
  return ratingKeys.map((key) => ({ key, label: t(`shelf.rating.${key}`) }));
}

/** A rating in words: "4 of 5", or "Not rated yet". */
export function ratingText(rating: number | null): string {
  return rating === null ? t('shelf.rating.none') : t('shelf.rating.of', { rating });
}

/** What the review form's inputs hold. */
export interface ReviewValues {
  /** A key of ratingOptions(). */
  rating: string;
  lessons: string;
  lessons_public: boolean;
}

export function reviewValuesOf(entry: ShelfEntry): ReviewValues {
  return {
    rating: entry.rating === null ? 'none' : String(entry.rating),
    lessons: entry.lessons ?? '',
    lessons_public: entry.lessons_public,
  };
}
