import { useEffect, useRef, useState, type FormEvent } from 'react';
import { getSignInSettings, saveSignInSettings } from '../../api/admin';
import { ApiError, isAbort } from '../../api/client';
import { Alert } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { t } from '../../i18n';
import { BackToAdmin } from './AdminPage';

/** The sign-in notice and whether everyone needs two-step verification. */
export function SignInSettingsPage() {
  const [notice, setNotice] = useState<string | null>(null);
  const [everyone, setEveryone] = useState(false);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useFormSubmit(() => setSaved(false));
  const { error, messages } = form;
  const savedRef = useRef<HTMLDivElement>(null);
  const fields = {
    notice: { id: 'settings-notice', label: t('settings.notice') },
    second_factor_for_everyone: { id: 'settings-everyone', label: t('settings.everyone') },
  };

  useEffect(() => {
    const controller = new AbortController();
    getSignInSettings(controller.signal).then(
      (settings) => {
        setNotice(settings.notice);
        setEveryone(settings.second_factor_for_everyone);
      },
      (caught: unknown) => {
        if (isAbort(caught)) return;
        if (caught instanceof ApiError) setLoadError(caught);
      },
    );
    return () => controller.abort();
  }, []);

  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (notice === null) return;
    void form.send(async () => {
      const settings = await saveSignInSettings({ notice, second_factor_for_everyone: everyone });
      setNotice(settings.notice);
      setEveryone(settings.second_factor_for_everyone);
      setSaved(true);
    });
  }

  return (
    <>
      <BackToAdmin />
      <PageHeading title={t('admin.settings.title')} />
      {loadError !== null && <Alert type="error">{loadError.problem.detail}</Alert>}
      {saved && (
        <Alert type="success" ref={savedRef}>
          {t('settings.saved')}
        </Alert>
      )}
      {error !== null && <ErrorSummary error={error} fields={fields} />}
      {notice === null && loadError === null && <p role="status">{t('common.loading')}</p>}
      {notice !== null && (
        <form className="usa-form usa-form--large" noValidate onSubmit={handleSubmit}>
          <TextAreaField
            id="settings-notice"
            label={t('settings.notice')}
            hint={t('settings.noticeHint')}
            value={notice}
            onChange={(value) => {
              setNotice(value);
              setSaved(false);
            }}
            error={messages.notice}
          />
          <div className="usa-checkbox cg-checkbox-group">
            <input
              className="usa-checkbox__input"
              id="settings-everyone"
              type="checkbox"
              name="second_factor_for_everyone"
              checked={everyone}
              aria-describedby="settings-everyone-hint"
              onChange={(event) => {
                setEveryone(event.target.checked);
                setSaved(false);
              }}
            />
            <label className="usa-checkbox__label" htmlFor="settings-everyone">
              {t('settings.everyone')}
              <span className="usa-checkbox__label-description" id="settings-everyone-hint">
                {t('settings.everyoneHint')}
              </span>
            </label>
          </div>
          {messages.second_factor_for_everyone !== undefined && (
            <span className="usa-error-message">{messages.second_factor_for_everyone}</span>
          )}
          <button type="submit" className="usa-button">
            {t('settings.submit')}
          </button>
        </form>
      )}
    </>
  );
}
