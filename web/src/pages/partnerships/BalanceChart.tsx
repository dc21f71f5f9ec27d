import type { Balance, SectorBalance, TrendPoint } from '../../api/partnerships';
import { t } from '../../i18n';
import { formatDate, percent } from './labels';

/** A horizontal bar for a 0..1 share, drawn with SVG attributes (the CSP allows no style attributes). */
function Bar({ share, kind }: { share: number; kind: 'members' | 'decisions' }) {
  const width = Math.max(0, Math.min(100, share * 100));
  return (
    <svg className="cg-bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="cg-bar__track" x="0" y="0" width="100" height="4" />
      <rect className={`cg-bar__fill cg-bar__fill--${kind}`} x="0" y="0" width={width} height="4" />
    </svg>
  );
}

/** The sectors worth showing: those with members, and the essential ones (missing or not). */
export function shownSectors(balance: Balance): SectorBalance[] {
  return balance.sectors.filter((sector) => sector.members > 0 || sector.essential);
}

/**
 * Each sector's share of members and of decision makers as bars, every bar labelled with its
 * numbers in words; the table after it holds the same numbers.
 */
export function BalanceChart({ balance }: { balance: Balance }) {
  const sectors = shownSectors(balance);
  return (
    <figure className="cg-chart" aria-labelledby="balance-chart-caption">
      <figcaption id="balance-chart-caption" className="cg-chart__caption">
        {t('balance.chart.caption', { date: formatDate(balance.at) })}
      </figcaption>
      <ul className="cg-chart__legend" aria-hidden="true">
        <li>
          <span className="cg-swatch cg-swatch--members" /> {t('balance.chart.members')}
        </li>
        <li>
          <span className="cg-swatch cg-swatch--decisions" /> {t('balance.chart.decisions')}
        </li>
      </ul>
      <ul className="cg-chart__rows">
        {sectors.map((sector) => (
          <li className="cg-chart__row" key={sector.sector}>
            <span className="cg-chart__label">
              {sector.label}
              {sector.essential && (
                <>
                  {' '}
                  <span className={sector.members === 0 ? 'usa-tag cg-tag--missing' : 'usa-tag cg-tag--essential'}>
                    {sector.members === 0 ? t('balance.essentialMissing') : t('balance.essential')}
                  </span>
                </>
              )}
            </span>
            <span className="cg-chart__measure">
              <Bar share={sector.member_share} kind="members" />
              <span className="cg-chart__value">
                {t('balance.chart.memberValue', { count: sector.members, share: percent(sector.member_share) })}
              </span>
            </span>
            <span className="cg-chart__measure">
              <Bar share={sector.decision_share} kind="decisions" />
              <span className="cg-chart__value">
                {t('balance.chart.decisionValue', {
                  count: sector.decision_makers,
                  share: percent(sector.decision_share),
                })}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** Active members at each point of the trend as columns; the table beside it has the numbers. */
export function TrendChart({ points }: { points: readonly TrendPoint[] }) {
  if (points.length === 0) return null;
  const max = Math.max(1, ...points.map((point) => point.active_members));
  const step = 24;
  const height = 60;
  const summary = points
    .map((point) => t('trend.chart.point', { date: formatDate(point.at), count: point.active_members }))
    .join('; ');
  return (
    <figure className="cg-chart" aria-labelledby="trend-chart-caption">
      <figcaption id="trend-chart-caption" className="cg-chart__caption">
        {t('trend.chart.caption')}
      </figcaption>
      <svg
        className="cg-trend-chart"
        viewBox={`0 0 ${points.length * step} ${height + 2}`}
        role="img"
        aria-label={summary}
        focusable="false"
      >
        <line className="cg-trend-chart__axis" x1="0" y1={height} x2={points.length * step} y2={height} />
        {points.map((point, index) => {
          const barHeight = (point.active_members / max) * (height - 12);
          return (
            <g key={index}>
              <rect
                className="cg-trend-chart__bar"
                x={index * step + 4}
                y={height - barHeight}
                width={step - 8}
                height={barHeight}
              />
              <text className="cg-trend-chart__label" x={index * step + step / 2} y={height - barHeight - 2} textAnchor="middle">
                {point.active_members}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
