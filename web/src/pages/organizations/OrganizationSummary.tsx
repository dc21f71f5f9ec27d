import type { Organization } from '../../api/organizations';
import { labelFor, type ReferenceItem } from '../../api/reference';
import { t } from '../../i18n';
import { fieldLabel, fieldNames, valuesOf, type FieldName } from './organizationValues';

interface OrganizationSummaryProps {
  organization: Organization;
  sectors: readonly ReferenceItem[];
  kinds: readonly ReferenceItem[];
}

/** Every field of an organization as a list of labels and values, "(none)" for empty ones. */
export function OrganizationSummary({ organization, sectors, kinds }: OrganizationSummaryProps) {
  const values = valuesOf(organization);
  const shown = (field: FieldName): string => {
    if (values[field] === '') return t('org.value.none');
    if (field === 'sector') return labelFor(sectors, values.sector);
    if (field === 'kind') return labelFor(kinds, values.kind);
    return values[field];
  };

  return (
    <dl className="cg-summary">
      {fieldNames.map((field) => (
        <div className="cg-summary__row" key={field}>
          <dt>{fieldLabel(field)}</dt>
          <dd>{shown(field)}</dd>
        </div>
      ))}
    </dl>
  );
}
