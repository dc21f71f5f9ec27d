import type { FormEvent } from 'react';
import { reviewShelfEntry, type ShelfEntry } from '../../api/shelf';
import { Checkbox, choiceId, RadioGroup } from '../../components/ChoiceGroup';
import { TextAreaField } from '../../components/TextAreaField';
import { VersionedFormAlerts } from '../../components/VersionedFormAlerts';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { t } from '../../i18n';
import { ratingOptions, ratingText, reviewValuesOf } from './shelfLabels';

interface ShelfReviewFormProps {
  partnershipId: number;
  entry: ShelfEntry;
  /** Told when the person sends the form, before anything is checked or saved. */
  onSending: () => void;
  /** Told the entry as saved; the page then shows it (and remounts this form on its version). */
  onSaved: (saved: ShelfEntry) => void;
}

/**
 * The partnership's review of one resource on its shelf: usefulness 1 to 5, lessons learned and
 * whether to share them on the resource's page. Saved with If-Match; when someone else saved
 * first, their version is shown with the choice to apply these changes to it or start again.
 */
export function ShelfReviewForm({ partnershipId, entry, onSending, onSaved }: ShelfReviewFormProps) {
  const prefix = `shelf-${entry.resource.id}`;
  const ids = { rating: `${prefix}-rating`, lessons: `${prefix}-lessons`, lessons_public: `${prefix}-share` };
  const form = useVersionedForm({ item: entry, values: reviewValuesOf(entry), valuesOf: reviewValuesOf });
  const { values, messages, set } = form;
  const title = entry.resource.title;
  const fields = {
    rating: { id: choiceId(ids.rating, values.rating), label: t('shelf.rating.legend') },
    lessons: { id: ids.lessons, label: t('shelf.lessons.label') },
    lessons_public: { id: ids.lessons_public, label: t('shelf.share.label') },
  };

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    onSending();
    const lessons = values.lessons.trim();
    if (values.lessons_public && lessons === '') {
      form.reject([{ field: 'lessons', message: t('shelf.share.needsLessons') }]);
      return;
    }
    void form.send(async () => {
      const review = {
        rating: values.rating === 'none' ? null : Number(values.rating),
        lessons: lessons === '' ? null : lessons,
        lessons_public: values.lessons_public,
      };
      onSaved((await reviewShelfEntry(partnershipId, form.base.resource.id, review, form.etag)).data);
    });
  }

  return (
    <>
      <VersionedFormAlerts form={form} fields={fields} staleHeading={t('shelf.staleHeading')} staleHeadingLevel={3}>
        {(theirs) => (
          <p className="usa-alert__text">
            {t('shelf.staleSummary', { rating: ratingText(theirs.rating), lessons: theirs.lessons ?? t('shelf.lessons.none') })}
          </p>
        )}
      </VersionedFormAlerts>
      <form className="usa-form usa-form--large cg-shelf-review" noValidate onSubmit={handleSubmit}>
        <RadioGroup
          id={ids.rating}
          legend={t('shelf.rating.legend')}
          options={ratingOptions()}
          value={values.rating}
          onChange={(rating) => set({ rating })}
          error={messages.rating}
        />
        <TextAreaField
          id={ids.lessons}
          label={t('shelf.lessons.label')}
          hint={t('shelf.lessons.hint')}
          necessity="optional"
          value={values.lessons}
          onChange={(lessons) => set({ lessons })}
          error={messages.lessons}
        />
        <Checkbox
          id={ids.lessons_public}
          label={t('shelf.share.label')}
          description={t('shelf.share.hint')}
          checked={values.lessons_public}
          onChange={(lessons_public) => set({ lessons_public })}
        />
        <button type="submit" className="usa-button cg-shelf-review__save" aria-label={t('shelf.saveLabel', { title })}>
          {t('shelf.save')}
        </button>
      </form>
    </>
  );
}
