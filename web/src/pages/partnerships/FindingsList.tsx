import type { Finding } from '../../api/partnerships';
import { t } from '../../i18n';
import { severityLabel } from './labels';

interface FindingsListProps {
  findings: readonly Finding[];
  /** The level of each finding's heading, under the section's own heading. */
  headingLevel: 3 | 4;
  /** Said when there is nothing to report. */
  empty: string;
}

/** Findings, most severe first, each with its severity in words, the evidence and what to do. */
export function FindingsList({ findings, headingLevel, empty }: FindingsListProps) {
  if (findings.length === 0) return <p>{empty}</p>;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="usa-list usa-list--unstyled cg-findings">
      {findings.map((finding, index) => (
        <li className={`cg-finding cg-finding--${finding.severity}`} key={`${finding.code}-${index}`}>
          <Heading className="cg-finding__title">
            <span className={`usa-tag cg-severity cg-severity--${finding.severity}`}>{severityLabel(finding.severity)}</span>{' '}
            {finding.title}
          </Heading>
          <p className="cg-finding__evidence">{finding.evidence}</p>
          <p className="cg-finding__action">
            <strong>{t('finding.suggestedAction')}</strong> {finding.suggested_action}
          </p>
        </li>
      ))}
    </ul>
  );
}
