import { t } from '../../i18n';

/** The recovery codes, shown once, with advice on keeping them. */
export function RecoveryCodes({ codes }: { codes: readonly string[] }) {
  return (
    <>
      <p>{t('codes.explain')}</p>
      <p>
        <strong>{t('codes.store')}</strong>
      </p>
      <ol className="cg-recovery-codes" aria-label={t('codes.listLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
    </>
  );
}
