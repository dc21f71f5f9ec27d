import type { ActivityStatus, ObjectiveItem } from '../../api/plan';
import { t } from '../../i18n';
import { percent } from '../partnerships/labels';
import { activityStatusLabel, trajectoryExplanation, trajectoryLabel } from './planLabels';

interface ProgressBarProps {
  /** 0..1; null when there is nothing to measure progress by yet. */
  value: number | null;
  /** Where progress should be by now (0..1): a mark on the bar, explained in words elsewhere. */
  expected?: number | undefined;
  /** The words beside the bar; "42% done" unless given. */
  text?: string;
  small?: boolean;
}

const clamp = (value: number) => (Number.isFinite(value) ? Math.max(0, Math.min(1, value)) : 0);

/**
 * Progress as a bar with its percentage in words beside it: the words carry the meaning, the bar
 * (drawn with SVG attributes, as the CSP allows no style attributes) is hidden from screen readers.
 */
export function ProgressBar({ value, expected, text, small = false }: ProgressBarProps) {
  const width = value === null ? 0 : clamp(value) * 100;
  return (
    <span className={small ? 'cg-progress cg-progress--small' : 'cg-progress'}>
      <svg className="cg-progress__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect className="cg-progress__track" x="0" y="0" width="100" height="10" />
        <rect className="cg-progress__fill" x="0" y="0" width={width} height="10" />
        {expected !== undefined && (
          <line
            className="cg-progress__expected"
            x1={clamp(expected) * 100}
            x2={clamp(expected) * 100}
            y1="0"
            y2="10"
            vectorEffect="non-scaling-stroke"
          />
        )}
      </svg>
      <span className="cg-progress__text">{text ?? (value === null ? t('plan.progress.none') : t('plan.progress.done', { percent: percent(clamp(value)) }))}</span>
    </span>
  );
}

/** The objective's trajectory as a tag with a word (colour only a second cue), then what it means. */
export function Trajectory({ objective }: { objective: ObjectiveItem }) {
  return (
    <p className="cg-trajectory">
      <span className={`usa-tag cg-trajectory__tag cg-trajectory__tag--${objective.trajectory}`}>
        {trajectoryLabel(objective.trajectory)}
      </span>{' '}
      {trajectoryExplanation(objective)}
    </p>
  );
}

/** An activity's status as a tag with its name. */
export function StatusTag({ status }: { status: ActivityStatus }) {
  return <span className={`usa-tag cg-status-tag cg-status-tag--${status}`}>{activityStatusLabel(status)}</span>;
}
