import { Link } from 'react-router-dom';
import type { Finding, Plan } from '../../api/plan';
import { t } from '../../i18n';
import { planPaths } from './planPaths';
import { allActivities, findObjective } from './planTree';

/**
 * Links to what a plan finding names: its activities (the plan showing only them), its objective,
 * the member it is about, the risk, or the commitments. Nothing when it names none of these.
 */
export function FindingLinks({ partnershipId, plan, finding }: { partnershipId: number; plan: Plan | null; finding: Finding }) {
  const placed = plan === null ? [] : allActivities(plan);
  const activityIds = finding.activity_ids ?? [];
  const items: { key: string; to: string; label: string }[] = [];
  if (activityIds.length > 0) {
    items.push({
      key: 'activities',
      to:
        activityIds.length === 1
          ? planPaths.activity(partnershipId, activityIds[0]!)
          : planPaths.planShowing(partnershipId, activityIds),
      label: activityIds.length === 1 ? t('attention.link.activity') : t('attention.link.activities', { count: activityIds.length }),
    });
  }
  if (finding.objective_id !== null && finding.objective_id !== undefined) {
    const found = plan === null ? null : findObjective(plan, finding.objective_id);
    items.push({
      key: 'objective',
      to: planPaths.objective(partnershipId, finding.objective_id),
      label: found === null ? t('attention.link.objectiveUnnamed') : t('attention.link.objective', { title: found.objective.title }),
    });
  }
  if (finding.membership_id !== null && finding.membership_id !== undefined) {
    const membershipId = finding.membership_id;
    const owner = placed.flatMap((p) => p.activity.owners).find((o) => o.membership_id === membershipId);
    items.push({
      key: 'member',
      to: planPaths.member(partnershipId, membershipId),
      label: owner === undefined ? t('attention.link.memberUnnamed') : t('attention.link.member', { name: owner.display_name }),
    });
  }
  if (finding.risk_id !== null && finding.risk_id !== undefined) {
    items.push({ key: 'risk', to: planPaths.risks(partnershipId, finding.risk_id), label: t('attention.link.risk') });
  }
  const resourceIds = finding.resource_ids ?? [];
  if (resourceIds.length > 0) {
    items.push({
      key: 'resources',
      to: planPaths.resources(partnershipId, resourceIds[0]),
      label: t('attention.link.resources', { count: resourceIds.length }),
    });
  }
  if (items.length === 0) return null;
  return (
    <div className="cg-finding__links">
      <strong>{t('attention.link.lead')}</strong>
      <ul className="cg-inline-list">
        {items.map((item) => (
          <li key={item.key}>
            <Link className="usa-link" to={item.to}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
