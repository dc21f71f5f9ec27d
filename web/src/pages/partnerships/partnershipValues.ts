import type { FieldError } from '../../api/client';
import {
  defaultEssentialSectors,
  type Partnership,
  type PartnershipChanges,
  type PartnershipStatus,
  type Visibility,
} from '../../api/partnerships';
import type { SummaryField } from '../../components/ErrorSummary';
import { choiceId } from '../../components/ChoiceGroup';
import { t } from '../../i18n';
import { linesOf } from './labels';

/** What the partnership form holds, as the inputs have it. */
export interface PartnershipValues {
  name: string;
  short_name: string;
  area_served: string;
  focus_problems: string;
  description: string;
  status: PartnershipStatus;
  visibility: Visibility;
  review_cadence_days: string;
  essential_sectors: string[];
  my_organization_id: string;
  my_sector: string;
}

export const emptyValues: PartnershipValues = {
  name: '',
  short_name: '',
  area_served: '',
  focus_problems: '',
  description: '',
  status: 'forming',
  visibility: 'members',
  review_cadence_days: '90',
  essential_sectors: [...defaultEssentialSectors],
  my_organization_id: '',
  my_sector: '',
};

export const ids = {
  name: 'partnership-name',
  short_name: 'partnership-short-name',
  area_served: 'partnership-area',
  focus_problems: 'partnership-focus',
  description: 'partnership-description',
  status: 'partnership-status',
  visibility: 'partnership-visibility',
  review_cadence_days: 'partnership-cadence',
  essential_sectors: 'partnership-essential',
  my_organization_id: 'partnership-my-organization',
  my_sector: 'partnership-my-sector',
} as const;

export type FieldName = keyof typeof ids;

export function fieldLabel(field: FieldName): string {
  switch (field) {
    case 'name':
      return t('partnership.field.name');
    case 'short_name':
      return t('partnership.field.short_name');
    case 'area_served':
      return t('partnership.field.area_served');
    case 'focus_problems':
      return t('partnership.field.focus_problems');
    case 'description':
      return t('partnership.field.description');
    case 'status':
      return t('partnership.field.status');
    case 'visibility':
      return t('partnership.field.visibility');
    case 'review_cadence_days':
      return t('partnership.field.review_cadence_days');
    case 'essential_sectors':
      return t('partnership.field.essential_sectors');
    case 'my_organization_id':
      return t('partnership.field.my_organization_id');
    case 'my_sector':
      return t('partnership.field.my_sector');
  }
}

/** The fields as the error summary needs them, in form order; choices link to their first option. */
export function summaryFields(firstSector: string): Record<string, SummaryField> {
  const fields: Record<string, SummaryField> = {};
  for (const field of Object.keys(ids) as FieldName[]) {
    let id: string = ids[field];
    if (field === 'visibility') id = choiceId(ids.visibility, 'members');
    if (field === 'essential_sectors') id = choiceId(ids.essential_sectors, firstSector);
    fields[field] = { id, label: fieldLabel(field) };
  }
  return fields;
}

export function valuesOf(partnership: Partnership): PartnershipValues {
  return {
    name: partnership.name,
    short_name: partnership.short_name ?? '',
    area_served: partnership.area_served ?? '',
    focus_problems: partnership.focus_problems.join('\n'),
    description: partnership.description ?? '',
    status: partnership.status,
    visibility: partnership.visibility,
    review_cadence_days: String(partnership.review_cadence_days),
    essential_sectors: [...partnership.essential_sectors],
    my_organization_id: '',
    my_sector: '',
  };
}

/** Mistakes the browser can name before asking the server. */
export function localErrors(values: PartnershipValues, creating: boolean): FieldError[] {
  const errors: FieldError[] = [];
  if (values.name.trim() === '') errors.push({ field: 'name', message: t('partnership.error.nameRequired') });
  if (!/^\s*[0-9]{1,4}\s*$/.test(values.review_cadence_days) || Number(values.review_cadence_days) < 1) {
    errors.push({ field: 'review_cadence_days', message: t('partnership.error.cadence') });
  }
  if (creating && values.my_organization_id === '' && values.my_sector === '') {
    errors.push({ field: 'my_sector', message: t('partnership.error.mySeat') });
  }
  return errors;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** The values that differ from `base`, the version the person started editing from. */
function editsTo(values: PartnershipValues, base: PartnershipValues): Partial<PartnershipValues> {
  const edits: Partial<PartnershipValues> = {};
  for (const field of Object.keys(values) as FieldName[]) {
    const mine = values[field];
    const theirs = base[field];
    const changed = Array.isArray(mine) && Array.isArray(theirs) ? !sameList(mine, theirs) : mine !== theirs;
    if (changed) Object.assign(edits, { [field]: mine });
  }
  return edits;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

function toBody(values: Partial<PartnershipValues>): PartnershipChanges {
  const body: PartnershipChanges = {};
  if (values.name !== undefined) body.name = values.name.trim();
  if (values.short_name !== undefined) body.short_name = orNull(values.short_name);
  if (values.area_served !== undefined) body.area_served = orNull(values.area_served);
  if (values.focus_problems !== undefined) body.focus_problems = linesOf(values.focus_problems);
  if (values.description !== undefined) body.description = orNull(values.description);
  if (values.status !== undefined) body.status = values.status;
  if (values.visibility !== undefined) body.visibility = values.visibility;
  if (values.review_cadence_days !== undefined) body.review_cadence_days = Number(values.review_cadence_days.trim());
  if (values.essential_sectors !== undefined) body.essential_sectors = values.essential_sectors;
  return body;
}

/** The body that creates a partnership: empty optional fields left out, the creator's seat added. */
export function toCreateBody(values: PartnershipValues): PartnershipChanges {
  const body = toBody(values);
  delete body.status;
  for (const key of ['short_name', 'area_served', 'description'] as const) {
    if (body[key] === null) delete body[key];
  }
  if (values.my_organization_id !== '') body.my_organization_id = Number(values.my_organization_id);
  if (values.my_sector !== '') body.my_sector = values.my_sector;
  return body;
}

/** The body that changes `base` into `values`: only the edited fields. */
export function toPatchBody(values: PartnershipValues, base: PartnershipValues): PartnershipChanges {
  return toBody(editsTo(values, base));
}
