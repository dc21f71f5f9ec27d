import type { Resource } from '../../api/resources';
import { Alert } from '../../components/Alert';
import { t } from '../../i18n';

/** Says when a resource is not in the library yet: waiting for review, or not published and why. */
export function StatusBanner({ resource }: { resource: Resource }) {
  if (resource.status === 'submitted') {
    return (
      <Alert type="info" heading={t('library.status.submittedBanner')}>
        {t('library.status.submittedExplain')}
      </Alert>
    );
  }
  if (resource.status === 'rejected') {
    return (
      <Alert type="warning" heading={t('library.status.rejectedBanner', { reason: resource.rejection_reason ?? t('common.none') })}>
        {resource.can_edit === true && resource.can_moderate !== true
          ? t('library.status.rejectedMend')
          : t('library.status.rejectedExplain')}
      </Alert>
    );
  }
  return null;
}
