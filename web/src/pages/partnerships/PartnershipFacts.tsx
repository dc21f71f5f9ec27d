import type { Partnership } from '../../api/partnerships';
import { labelFor, type ReferenceItem } from '../../api/reference';
import { t } from '../../i18n';
import { formatDate, statusLabel, visibilityLabel } from './labels';

interface PartnershipFactsProps {
  partnership: Partnership;
  sectors: readonly ReferenceItem[];
}

/** The partnership's key facts as a list of labels and values. */
export function PartnershipFacts({ partnership, sectors }: PartnershipFactsProps) {
  const none = t('common.none');
  const rows: [string, string][] = [
    [t('partnership.field.status'), statusLabel(partnership.status)],
    [t('partnership.field.short_name'), partnership.short_name ?? none],
    [t('partnership.field.area_served'), partnership.area_served ?? none],
    [
      t('partnership.field.focus_problems'),
      partnership.focus_problems.length === 0 ? none : partnership.focus_problems.join('\n'),
    ],
    [t('partnership.field.description'), partnership.description ?? none],
    [t('partnership.field.visibility'), visibilityLabel(partnership.visibility)],
    [t('partnership.field.review_cadence_days'), t('partnership.cadence', { days: partnership.review_cadence_days })],
    [
      t('partnership.field.essential_sectors'),
      partnership.essential_sectors.length === 0
        ? none
        : partnership.essential_sectors.map((key) => labelFor(sectors, key)).join(', '),
    ],
    [t('partnership.facts.activeMembers'), String(partnership.active_members)],
    [t('partnership.facts.started'), formatDate(partnership.created_at)],
  ];
  return (
    <dl className="cg-summary">
      {rows.map(([label, value]) => (
        <div className="cg-summary__row" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
