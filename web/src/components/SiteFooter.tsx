import { t } from '../i18n';

export function SiteFooter() {
  return (
    <footer className="usa-footer usa-footer--slim cg-footer">
      <div className="grid-container">
        <p>{t('footer.tagline')}</p>
      </div>
    </footer>
  );
}
