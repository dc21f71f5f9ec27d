import type { Measurement, ObjectiveItem } from '../../api/plan';
import { t } from '../../i18n';
import { formatDate } from '../partnerships/labels';
import { formatNumber, withUnit } from './planLabels';

const DAY = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The value the straight line from baseline (at the start) to target (at the target date) has on `date`. */
export function expectedValue(objective: ObjectiveItem, date: string): number {
  const start = dayOf(objective.start_on);
  const end = dayOf(objective.target_on);
  if (!(end > start)) return objective.target;
  const share = Math.max(0, Math.min(1, (dayOf(date) - start) / (end - start)));
  return objective.baseline + (objective.target - objective.baseline) * share;
}

/** Round numbers from `low` to `high` for the axis: about `count` of them. */
function ticks(low: number, high: number, count: number): number[] {
  const span = high - low;
  if (!(span > 0)) return [low];
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw) ?? raw;
  const values: number[] = [];
  for (let value = Math.ceil(low / step) * step; value <= high + step / 1e6; value += step) {
    values.push(Math.round(value / step) * step);
  }
  return values;
}

const monthYear = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

// The drawing's own units; the SVG scales to the width it is given.
const WIDTH = 300;
const HEIGHT = 180;
const LEFT = 52;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 30;

/**
 * Measurements against the expected straight line from the baseline at the start to the target
 * at the target date. Solid line and dots: measured; dashed line: expected. The image has a
 * summary in words; the table after it holds every number.
 */
export function MeasurementChart({ objective, measurements }: { objective: ObjectiveItem; measurements: readonly Measurement[] }) {
  const dates = [objective.start_on, objective.target_on, ...measurements.map((m) => m.on)].map(dayOf);
  const first = Math.min(...dates);
  const last = Math.max(...dates, first + DAY);
  const values = [objective.baseline, objective.target, ...measurements.map((m) => m.value)];
  let low = Math.min(...values);
  let high = Math.max(...values);
  const pad = high > low ? (high - low) * 0.1 : Math.max(1, Math.abs(high) * 0.1);
  low -= pad;
  high += pad;
  if (Math.min(...values) >= 0 && low < 0) low = 0;
  const x = (time: number) => LEFT + ((time - first) / (last - first)) * (WIDTH - LEFT - RIGHT);
  const y = (value: number) => TOP + (1 - (value - low) / (high - low)) * (HEIGHT - TOP - BOTTOM);
  const yTicks = ticks(low, high, 4);
  const xTicks = [first, last];
  const unit = objective.unit;
  const latest = measurements[measurements.length - 1];
  const summary = [
    t('measure.chart.expected', {
      baseline: withUnit(objective.baseline, unit),
      start: formatDate(objective.start_on),
      target: withUnit(objective.target, unit),
      date: formatDate(objective.target_on),
    }),
    latest === undefined
      ? t('measure.chart.none')
      : t('measure.chart.measured', {
          count: measurements.length,
          value: withUnit(latest.value, unit),
          date: formatDate(latest.on),
          expected: withUnit(Math.round(expectedValue(objective, latest.on) * 100) / 100, unit),
        }),
  ].join(' ');
  const points = measurements.map((m) => `${x(dayOf(m.on)).toFixed(1)},${y(m.value).toFixed(1)}`).join(' ');

  return (
    <figure className="cg-chart cg-line-chart" aria-labelledby="measure-chart-caption">
      <figcaption id="measure-chart-caption" className="cg-chart__caption">
        {t('measure.chart.caption', { indicator: objective.indicator, unit })}
      </figcaption>
      <ul className="cg-chart__legend" aria-hidden="true">
        <li>
          <svg className="cg-legend-line" viewBox="0 0 24 8" focusable="false">
            <line className="cg-line-chart__measured" x1="0" y1="4" x2="24" y2="4" />
            <circle className="cg-line-chart__dot" cx="12" cy="4" r="3" />
          </svg>{' '}
          {t('measure.chart.legendMeasured')}
        </li>
        <li>
          <svg className="cg-legend-line" viewBox="0 0 24 8" focusable="false">
            <line className="cg-line-chart__expected" x1="0" y1="4" x2="24" y2="4" />
          </svg>{' '}
          {t('measure.chart.legendExpected')}
        </li>
      </ul>
      <svg className="cg-line-chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} focusable="false">
        {yTicks.map((value) => (
          <g key={value}>
            <line className="cg-line-chart__grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(value)} y2={y(value)} />
            <text className="cg-line-chart__label" x={LEFT - 4} y={y(value) + 4} textAnchor="end">
              {formatNumber(value)}
            </text>
          </g>
        ))}
        <line className="cg-line-chart__axis" x1={LEFT} x2={WIDTH - RIGHT} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} />
        {xTicks.map((time, index) => (
          <text
            key={time}
            className="cg-line-chart__label"
            x={x(time)}
            y={HEIGHT - BOTTOM + 16}
            textAnchor={index === 0 ? 'start' : 'end'}
          >
            {monthYear.format(new Date(time))}
          </text>
        ))}
        <line
          className="cg-line-chart__expected"
          x1={x(dayOf(objective.start_on))}
          y1={y(objective.baseline)}
          x2={x(dayOf(objective.target_on))}
          y2={y(objective.target)}
        />
        {measurements.length > 1 && <polyline className="cg-line-chart__measured" points={points} />}
        {measurements.map((m) => (
          <circle key={m.id} className="cg-line-chart__dot" cx={x(dayOf(m.on))} cy={y(m.value)} r="3.5" />
        ))}
      </svg>
    </figure>
  );
}
