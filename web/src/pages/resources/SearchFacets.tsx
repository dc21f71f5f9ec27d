import { useState } from 'react';
import { facetNames, type FacetName, type FacetValue, type SearchResults } from '../../api/resources';
import { t } from '../../i18n';
import type { LibraryQuery } from './libraryQuery';

interface SearchFacetsProps {
  facets: SearchResults['facets'];
  chosen: LibraryQuery['facets'];
  onChoose: (name: FacetName, value: string) => void;
}

const PANEL_ID = 'library-filters';

/**
 * The filters: one group of radio buttons per facet, "Any" first, each value with how many
 * results it would give. Below desktop width the groups fold away behind a "Filters" button.
 */
export function SearchFacets({ facets, chosen, onChoose }: SearchFacetsProps) {
  const [open, setOpen] = useState(false);
  const chosenCount = facetNames.filter((name) => chosen[name] !== '').length;
  return (
    <div className="cg-facets">
      <button
        type="button"
        className="usa-button usa-button--outline cg-facets__toggle"
        aria-expanded={open}
        aria-controls={PANEL_ID}
        onClick={() => setOpen(!open)}
      >
        {chosenCount === 0 ? t('library.filters.toggle') : t('library.filters.toggleChosen', { count: chosenCount })}
      </button>
      {/* Focus inside (on a wide screen) opens it too, so that narrowing the window or zooming in
          does not hide the filter in use. */}
      <div
        id={PANEL_ID}
        className={open ? 'cg-facets__panel cg-facets__panel--open' : 'cg-facets__panel'}
        onFocus={() => setOpen(true)}
      >
        <h2 className="cg-facets__heading">{t('library.filters.heading')}</h2>
        {facetNames.map((name) => (
          <FacetGroup
            key={name}
            name={name}
            values={withChosen(facets[name], chosen[name])}
            chosen={chosen[name]}
            onChoose={(value) => onChoose(name, value)}
          />
        ))}
      </div>
    </div>
  );
}

/** The facet's values, with the chosen one added (with no results) if the counts leave it out. */
function withChosen(values: readonly FacetValue[], chosen: string): readonly FacetValue[] {
  if (chosen === '' || values.some((value) => value.key === chosen)) return values;
  return [...values, { key: chosen, label: chosen, count: 0 }];
}

interface FacetGroupProps {
  name: FacetName;
  values: readonly FacetValue[];
  chosen: string;
  onChoose: (value: string) => void;
}

function FacetGroup({ name, values, chosen, onChoose }: FacetGroupProps) {
  const options = [{ id: `facet-${name}-any`, key: '', label: t('library.filters.any') }].concat(
    values.map((value, index) => ({
      id: `facet-${name}-${index}`,
      key: value.key,
      label: t('library.filters.option', { label: value.label, count: value.count }),
    })),
  );
  return (
    <fieldset className="usa-fieldset cg-facet">
      <legend className="usa-legend cg-facet__legend">{t(`library.facet.${name}`)}</legend>
      {options.map((option) => (
        <div className="usa-radio" key={option.id}>
          <input
            className="usa-radio__input"
            id={option.id}
            type="radio"
            name={`facet-${name}`}
            value={option.key}
            checked={chosen === option.key}
            onChange={() => onChoose(option.key)}
          />
          <label className="usa-radio__label" htmlFor={option.id}>
            {option.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
