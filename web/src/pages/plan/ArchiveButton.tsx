import { ConfirmButton } from '../../components/ConfirmButton';
import { t } from '../../i18n';

/** Archive (or restore) with a question asked in place. */
export function ArchiveButton({ archived, title, onConfirm }: { archived: boolean; title: string; onConfirm: () => void }) {
  return archived ? (
    <ConfirmButton
      label={t('plan.restore.start')}
      accessibleLabel={t('plan.restore.label', { title })}
      question={t('plan.restore.question', { title })}
      confirmLabel={t('plan.restore.confirm')}
      cancelLabel={t('form.cancel')}
      onConfirm={onConfirm}
    />
  ) : (
    <ConfirmButton
      label={t('plan.archive.start')}
      accessibleLabel={t('plan.archive.label', { title })}
      question={t('plan.archive.question', { title })}
      confirmLabel={t('plan.archive.confirm')}
      cancelLabel={t('form.cancel')}
      danger
      onConfirm={onConfirm}
    />
  );
}
