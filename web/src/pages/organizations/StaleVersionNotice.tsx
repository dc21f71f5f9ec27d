import { useEffect, useRef } from 'react';
import type { Organization } from '../../api/organizations';
import { labelFor, type ReferenceItem } from '../../api/reference';
import { t } from '../../i18n';
import { fieldLabel, fieldNames, valuesOf, type FieldName } from './organizationValues';

interface StaleVersionNoticeProps {
  /** The organisation as someone else saved it. */
  current: Organization;
  sectors: readonly ReferenceItem[];
  kinds: readonly ReferenceItem[];
  onApplyMine: () => void;
  onUseTheirs: () => void;
}

/**
 * Tells the person that someone else saved the organisation first, shows that version, and
 * lets them apply their own edits on top of it or start again from it. Takes focus on arrival.
 */
export function StaleVersionNotice({ current, sectors, kinds, onApplyMine, onUseTheirs }: StaleVersionNoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [current]);

  const values = valuesOf(current);
  const shown = (field: FieldName): string => {
    if (values[field] === '') return t('org.value.none');
    if (field === 'sector') return labelFor(sectors, values.sector);
    if (field === 'kind') return labelFor(kinds, values.kind);
    return values[field];
  };

  return (
    <div className="usa-alert usa-alert--warning" ref={ref} tabIndex={-1} aria-labelledby="stale-heading">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="stale-heading">
          {t('org.stale.heading')}
        </h2>
        <p className="usa-alert__text">{t('org.stale.body')}</p>
        <dl className="cg-summary">
          {fieldNames.map((field) => (
            <div className="cg-summary__row" key={field}>
              <dt>{fieldLabel(field)}</dt>
              <dd>{shown(field)}</dd>
            </div>
          ))}
        </dl>
        <p className="usa-alert__text">{t('org.stale.choice')}</p>
        <ul className="usa-button-group">
          <li className="usa-button-group__item">
            <button type="button" className="usa-button" onClick={onApplyMine}>
              {t('org.stale.applyMine')}
            </button>
          </li>
          <li className="usa-button-group__item">
            <button type="button" className="usa-button usa-button--outline" onClick={onUseTheirs}>
              {t('org.stale.useTheirs')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
