import { Link } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { t, type MessageKey } from '../../i18n';

const areas: { to: string; title: MessageKey; explain: MessageKey }[] = [
  { to: '/admin/users', title: 'admin.users.title', explain: 'admin.users.explain' },
  { to: '/admin/audit', title: 'admin.audit.title', explain: 'admin.audit.explain' },
  { to: '/admin/sign-in-settings', title: 'admin.settings.title', explain: 'admin.settings.explain' },
  { to: '/admin/jobs', title: 'admin.jobs.title', explain: 'admin.jobs.explain' },
  { to: '/resources/queue', title: 'library.queue.title', explain: 'library.queue.adminExplain' },
  { to: '/admin/resources', title: 'library.files.title', explain: 'library.files.explain' },
];

/** The administration areas, each with a line on what it is for. */
export function AdminPage() {
  return (
    <>
      <PageHeading title={t('admin.title')} />
      <p>{t('admin.intro')}</p>
      <ul className="usa-list usa-list--unstyled">
        {areas.map((area) => (
          <li key={area.to} className="margin-bottom-2">
            <Link className="usa-link text-bold" to={area.to}>
              {t(area.title)}
            </Link>
            <br />
            {t(area.explain)}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The link back to the list of administration areas, above an area's heading. */
export function BackToAdmin() {
  return <BackLink to="/admin">{t('admin.title')}</BackLink>;
}
