import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'react-router-dom';
import { ApiError, isAbort } from '../../api/client';
import {
  deliveryFrequencies,
  listNotificationSettings,
  saveNotificationSetting,
  type DeliveryFrequency,
  type NotificationSetting,
} from '../../api/notifications';
import { Alert } from '../../components/Alert';
import { RadioGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { t, type MessageKey } from '../../i18n';

const labels: Readonly<Record<DeliveryFrequency, MessageKey>> = {
  immediate: 'emailChoices.immediate',
  daily: 'emailChoices.daily',
  weekly: 'emailChoices.weekly',
  off: 'emailChoices.off',
};

const explanations: Readonly<Record<DeliveryFrequency, MessageKey>> = {
  immediate: 'emailChoices.immediate.explain',
  daily: 'emailChoices.daily.explain',
  weekly: 'emailChoices.weekly.explain',
  off: 'emailChoices.off.explain',
};

const options = deliveryFrequencies.map((key) => ({ key, label: t(labels[key]) }));

/**
 * The account page's "Email about your partnerships" (id "notifications", where emails link to):
 * for each partnership with a seat, how often to email, saved one partnership at a time.
 */
export function NotificationSettings() {
  const [settings, setSettings] = useState<NotificationSetting[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    listNotificationSettings(controller.signal).then(setSettings, (caught: unknown) => {
      if (isAbort(caught)) return;
      if (caught instanceof ApiError) setError(caught);
    });
    return () => controller.abort();
  }, []);

  // Emails link to /account#notifications: the section comes into view once its choices are in.
  const { hash, key } = useLocation();
  const sectionRef = useRef<HTMLElement>(null);
  const ready = settings !== null || error !== null;
  useEffect(() => {
    if (!ready || hash !== '#notifications') return;
    sectionRef.current?.scrollIntoView({ block: 'start' });
    sectionRef.current?.focus({ preventScroll: true });
  }, [ready, hash, key]);

  return (
    <section
      id="notifications"
      ref={sectionRef}
      aria-labelledby="account-notifications" className="cg-section cg-focus-target" tabIndex={-1}>
      <h2 id="account-notifications">{t('emailChoices.heading')}</h2>
      <p>{t('emailChoices.intro')}</p>
      <dl className="cg-choice-explain">
        {deliveryFrequencies.map((key) => (
          <div key={key}>
            <dt>{t(labels[key])}:</dt>
            <dd>{t(explanations[key])}</dd>
          </div>
        ))}
      </dl>
      {error !== null && <Alert type="error">{error.problem.detail}</Alert>}
      {settings === null && error === null && <p role="status">{t('common.loading')}</p>}
      {settings !== null && settings.length === 0 && <p>{t('emailChoices.none')}</p>}
      {settings?.map((setting) => (
        <EmailChoice
          key={setting.partnership_id}
          setting={setting}
          onSaved={(saved) =>
            setSettings((current) =>
              (current ?? []).map((s) => (s.partnership_id === saved.partnership_id ? saved : s)),
            )
          }
        />
      ))}
    </section>
  );
}

function EmailChoice({
  setting,
  onSaved,
}: {
  setting: NotificationSetting;
  onSaved: (saved: NotificationSetting) => void;
}) {
  const [frequency, setFrequency] = useState<DeliveryFrequency>(setting.frequency);
  const [saved, setSaved] = useState<string | null>(null);
  const submit = useFormSubmit(() => setSaved(null));
  const savedRef = useRef<HTMLDivElement>(null);
  const id = `email-choice-${setting.partnership_id}`;
  const name = setting.partnership_name;

  useEffect(() => {
    if (saved !== null) savedRef.current?.focus();
  }, [saved]);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    void submit.send(async () => {
      const answer = await saveNotificationSetting(setting.partnership_id, frequency);
      onSaved(answer);
      setFrequency(answer.frequency);
      setSaved(t('emailChoices.saved', { name: answer.partnership_name, choice: t(labels[answer.frequency]) }));
    });
  }

  return (
    <form className="usa-form cg-email-choice" noValidate onSubmit={handleSubmit}>
      {submit.error !== null && (
        <ErrorSummary error={submit.error} fields={{ frequency: { id: `${id}-${frequency}`, label: t('emailChoices.legend', { name }) } }} />
      )}
      <RadioGroup
        id={id}
        legend={t('emailChoices.legend', { name })}
        options={options}
        value={frequency}
        onChange={(value) => {
          setSaved(null);
          setFrequency(value as DeliveryFrequency);
        }}
        error={submit.messages.frequency}
      />
      {saved !== null && (
        <Alert type="success" ref={savedRef}>
          {saved}
        </Alert>
      )}
      <button
        type="submit"
        className="usa-button usa-button--outline cg-email-choice__save"
        aria-label={t('emailChoices.saveLabel', { name })}
      >
        {t('emailChoices.save')}
      </button>
    </form>
  );
}
