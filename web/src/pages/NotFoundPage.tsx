import { Link } from 'react-router-dom';
import { PageHeading } from '../components/PageHeading';
import { t } from '../i18n';

export function NotFoundPage() {
  return (
    <>
      <PageHeading title={t('notFound.title')} />
      <p>{t('notFound.body')}</p>
      <p>
        <Link className="usa-link" to="/organizations">
          {t('notFound.link')}
        </Link>
      </p>
    </>
  );
}
