import type { Organization, OrganizationChanges } from '../../api/organizations';
import type { SummaryField } from '../../components/ErrorSummary';
import { t } from '../../i18n';

/** The fields of the organization form, in form order. */
export const fieldNames = ['name', 'sector', 'kind', 'website', 'phone', 'email', 'notes'] as const;
export type FieldName = (typeof fieldNames)[number];

/** What the form holds: every field as text, empty for "none". */
export type OrganizationValues = Record<FieldName, string>;

export const emptyValues: OrganizationValues = {
  name: '',
  sector: '',
  kind: '',
  website: '',
  phone: '',
  email: '',
  notes: '',
};

/** The input id for each field, keyed by the field's name in the API. */
export const fieldIds: Readonly<Record<FieldName, string>> = {
  name: 'organization-name',
  sector: 'organization-sector',
  kind: 'organization-kind',
  website: 'organization-website',
  phone: 'organization-phone',
  email: 'organization-email',
  notes: 'organization-notes',
};

export function fieldLabel(field: FieldName): string {
  switch (field) {
    case 'name':
      return t('org.field.name');
    case 'sector':
      return t('org.field.sector');
    case 'kind':
      return t('org.field.kind');
    case 'website':
      return t('org.field.website');
    case 'phone':
      return t('org.field.phone');
    case 'email':
      return t('org.field.email');
    case 'notes':
      return t('org.field.notes');
  }
}

/** The fields as the error summary needs them: input id and label, in form order. */
export function summaryFields(): Record<FieldName, SummaryField> {
  return Object.fromEntries(
    fieldNames.map((field) => [field, { id: fieldIds[field], label: fieldLabel(field) }]),
  ) as Record<FieldName, SummaryField>;
}

export function valuesOf(organization: Organization): OrganizationValues {
  return {
    name: organization.name,
    sector: organization.sector,
    kind: organization.kind,
    website: organization.website ?? '',
    phone: organization.phone ?? '',
    email: organization.email ?? '',
    notes: organization.notes ?? '',
  };
}

/** The values that differ from `base`, the version the person started editing from. */
export function editsTo(values: OrganizationValues, base: OrganizationValues): Partial<OrganizationValues> {
  return Object.fromEntries(fieldNames.filter((f) => values[f] !== base[f]).map((f) => [f, values[f]]));
}

/** The body that creates an organization from the form; empty fields are left out. */
export function toCreateBody(values: OrganizationValues): OrganizationChanges {
  return Object.fromEntries(fieldNames.filter((f) => values[f].trim() !== '').map((f) => [f, values[f]]));
}

/**
 * The body that changes `base` into `values`: only the edited fields, so a change someone else
 * made to another field is kept. An emptied contact field or notes is sent as null.
 */
export function toPatchBody(values: OrganizationValues, base: OrganizationValues): OrganizationChanges {
  return Object.fromEntries(
    Object.entries(editsTo(values, base)).map(([field, value]) => [
      field,
      isClearable(field) && value.trim() === '' ? null : value,
    ]),
  );
}

function isClearable(field: string): boolean {
  return field !== 'name' && field !== 'sector' && field !== 'kind';
}
