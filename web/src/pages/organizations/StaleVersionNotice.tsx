import { useEffect, useRef } from 'react';
import type { Organization } from '../../api/organizations';
import type { ReferenceItem } from '../../api/reference';
import { t } from '../../i18n';
import { OrganizationSummary } from './OrganizationSummary';

interface StaleVersionNoticeProps {
  /** The organization as someone else saved it. */
  current: Organization;
  sectors: readonly ReferenceItem[];
  kinds: readonly ReferenceItem[];
  onApplyMine: () => void;
  onUseTheirs: () => void;
}

/**
 * Tells the person that someone else saved the organization first, shows that version, and
 * lets them apply their own edits on top of it or start again from it. Takes focus on arrival.
 */
export function StaleVersionNotice({ current, sectors, kinds, onApplyMine, onUseTheirs }: StaleVersionNoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [current]);

  return (
    <div
      className="usa-alert usa-alert--warning"
      role="alert"
      ref={ref}
      tabIndex={-1}
      aria-labelledby="stale-heading"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="stale-heading">
          {t('org.stale.heading')}
        </h2>
        <p className="usa-alert__text">{t('org.stale.body')}</p>
        <OrganizationSummary organization={current} sectors={sectors} kinds={kinds} />
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
