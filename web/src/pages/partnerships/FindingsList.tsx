import type { ReactNode } from 'react';
import type { Finding } from '../../api/partnerships';
import { t } from '../../i18n';
import { severityLabel } from './labels';

/** What the list shows of a finding; findings without a severity (engagement alerts) have no tag. */
type Listed = Pick<Finding, 'title' | 'evidence' | 'suggested_action'> & { severity?: Finding['severity'] };

interface FindingsListProps<F extends Listed> {
  findings: readonly F[];
  /** The level of each finding's heading, under the section's own heading. */
  headingLevel: 3 | 4;
  /** Said when there is nothing to report. */
  empty: string;
  /** Links to what a finding names (activities, a risk...), shown after what to do. */
  links?: (finding: F) => ReactNode;
}

/** Findings, most severe first, each with its severity in words, the evidence and what to do. */
export function FindingsList<F extends Listed>({ findings, headingLevel, empty, links }: FindingsListProps<F>) {
  if (findings.length === 0) return <p>{empty}</p>;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="usa-list usa-list--unstyled cg-findings">
      {findings.map((finding, index) => (
        <li className={finding.severity === undefined ? 'cg-finding' : `cg-finding cg-finding--${finding.severity}`} key={index}>
          <Heading className="cg-finding__title">
            {finding.severity !== undefined && (
              <>
                <span className={`usa-tag cg-severity cg-severity--${finding.severity}`}>{severityLabel(finding.severity)}</span>{' '}
              </>
            )}
            {finding.title}
          </Heading>
          <p className="cg-finding__evidence">{finding.evidence}</p>
          <p className="cg-finding__action">
            <strong>{t('finding.suggestedAction')}</strong> {finding.suggested_action}
          </p>
          {links?.(finding)}
        </li>
      ))}
    </ul>
  );
}
