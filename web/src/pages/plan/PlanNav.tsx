import { Link, useLocation } from 'react-router-dom';
import { t } from '../../i18n';
import { planPaths } from './planPaths';

type PlanSection = 'plan' | 'timeline' | 'reviews' | 'resources' | 'risks';

/** The part of the plan a path belongs to: objectives and activities are part of the plan itself. */
function sectionOf(pathname: string, partnershipId: number): PlanSection | null {
  const base = planPaths.plan(partnershipId);
  if (pathname !== base && !pathname.startsWith(`${base}/`)) return null;
  const rest = pathname.slice(base.length + 1).split('/')[0] ?? '';
  switch (rest) {
    case 'timeline':
    case 'reviews':
    case 'resources':
    case 'risks':
      return rest;
    default:
      return 'plan';
  }
}

/**
 * The parts of one partnership's action plan, under the partnership's own navigation and styled
 * like it: the plan, its timeline, reviews, resources and risks. The current part is marked with
 * aria-current, so a page inside it (a review, a risk) still shows where the person is.
 */
export function PlanNav({ partnershipId }: { partnershipId: number }) {
  const { pathname } = useLocation();
  const current = sectionOf(pathname, partnershipId);
  const links: { section: PlanSection; to: string; label: string }[] = [
    { section: 'plan', to: planPaths.plan(partnershipId), label: t('planNav.plan') },
    { section: 'timeline', to: planPaths.timeline(partnershipId), label: t('planNav.timeline') },
    { section: 'reviews', to: planPaths.reviews(partnershipId), label: t('planNav.reviews') },
    { section: 'resources', to: planPaths.resources(partnershipId), label: t('planNav.resources') },
    { section: 'risks', to: planPaths.risks(partnershipId), label: t('planNav.risks') },
  ];
  return (
    <nav className="cg-subnav cg-subnav--plan" aria-label={t('planNav.label')}>
      <ul className="cg-subnav__list">
        {links.map((link) => {
          const here = link.section === current;
          // The page itself is "page"; a page inside the part (a review, an objective) is "location".
          const exact = pathname === link.to;
          return (
            <li key={link.section}>
              <Link
                className={here ? 'cg-subnav__link cg-subnav__link--current' : 'cg-subnav__link'}
                to={link.to}
                aria-current={here ? (exact ? 'page' : 'location') : undefined}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
