import type { FieldError } from '../../api/client';
import { resourceTypes, type Resource, type ResourceFields, type ResourceVisibility } from '../../api/resources';
import { t } from '../../i18n';
import { isEvidenceRating } from './resourceLabels';

/** What the share and edit form's inputs hold. */
export interface ResourceFormValues {
  title: string;
  type: string;
  summary: string;
  link: string;
  publisher: string;
  /** One author per line. */
  authors: string;
  audience: string[];
  year: string;
  evidence: string;
  topics: string[];
  /** Sharing only: the partnership it is shared on behalf of ('' for none, site admins only). */
  partnership_id: string;
  visibility: ResourceVisibility;
}

export function valuesOf(resource: Resource | undefined): ResourceFormValues {
  return {
    title: resource?.title ?? '',
    type: resource?.type.key ?? '',
    summary: resource?.summary ?? '',
    link: resource?.link ?? '',
    publisher: resource?.publisher ?? '',
    authors: resource?.authors.join('\n') ?? '',
    audience: resource?.audience.map((item) => item.key) ?? [],
    year: resource?.year == null ? '' : String(resource.year),
    evidence: resource?.evidence.key ?? 'not_rated',
    topics: resource?.topics.map((item) => item.key) ?? [],
    partnership_id: resource?.partnership_id == null ? '' : String(resource.partnership_id),
    visibility: resource?.visibility ?? 'public',
  };
}

/** The fields to send, or the mistakes the browser can see before asking the server. */
export function parse(values: ResourceFormValues): { fields: ResourceFields } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const type = resourceTypes.find((key) => key === values.type);
  const year = values.year.trim();
  if (values.title.trim() === '') errors.push({ field: 'title', message: t('library.form.error.title') });
  if (type === undefined) errors.push({ field: 'type', message: t('library.form.error.type') });
  if (values.summary.trim() === '') errors.push({ field: 'summary', message: t('library.form.error.summary') });
  if (year !== '' && !/^\d{4}$/.test(year)) errors.push({ field: 'year', message: t('library.form.error.year') });
  if (errors.length > 0 || type === undefined) return { errors };
  return {
    fields: {
      title: values.title.trim(),
      type,
      summary: values.summary.trim(),
      link: values.link.trim() === '' ? null : values.link.trim(),
      publisher: values.publisher.trim(),
      authors: values.authors
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
      audience: values.audience,
      year: year === '' ? null : Number(year),
      evidence: isEvidenceRating(values.evidence) ? values.evidence : 'not_rated',
      topics: values.topics,
    },
  };
}

/** The fields that differ from what `base` holds, for a PATCH. */
export function changesFrom(fields: ResourceFields, base: Resource): Partial<ResourceFields> {
  const stored: ResourceFields = {
    title: base.title,
    type: base.type.key as ResourceFields['type'],
    summary: base.summary,
    link: base.link,
    publisher: base.publisher,
    authors: base.authors,
    audience: base.audience.map((item) => item.key),
    year: base.year,
    evidence: base.evidence.key as ResourceFields['evidence'],
    topics: base.topics.map((item) => item.key),
  };
  return Object.fromEntries(
    Object.entries(fields).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(stored[key as keyof ResourceFields])),
  ) as Partial<ResourceFields>;
}
