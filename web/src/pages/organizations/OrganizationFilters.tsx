import { useState, type FormEvent } from 'react';
import type { ReferenceItem } from '../../api/reference';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';

export interface Filters {
  q: string;
  sector: string;
}

interface OrganizationFiltersProps {
  initial: Filters;
  sectors: readonly ReferenceItem[];
  onApply: (filters: Filters) => void;
}

/** Search by name and filter by sector; applied when the form is submitted. */
export function OrganizationFilters({ initial, sectors, onApply }: OrganizationFiltersProps) {
  const [q, setQ] = useState(initial.q);
  const [sector, setSector] = useState(initial.sector);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    onApply({ q: q.trim(), sector });
  }

  return (
    <form className="usa-form cg-filters" role="search" aria-label={t('orgs.filters.label')} onSubmit={handleSubmit}>
      <TextField id="filter-q" label={t('orgs.filters.q')} value={q} onChange={setQ} />
      <SelectField
        id="filter-sector"
        label={t('orgs.filters.sector')}
        value={sector}
        onChange={setSector}
        options={sectors}
        emptyOption={t('orgs.filters.allSectors')}
      />
      <button type="submit" className="usa-button usa-button--outline cg-filters__submit">
        {t('orgs.filters.apply')}
      </button>
    </form>
  );
}
