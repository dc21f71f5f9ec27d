import type { FormEvent } from 'react';
import { t } from '../../i18n';

interface NoticeFormProps {
  /** The notice as the server sent it; line breaks are kept. */
  text: string;
  onAcknowledge: () => void;
}

/** A notice the person must acknowledge before going on, such as a system-use notice. */
export function NoticeForm({ text, onAcknowledge }: NoticeFormProps) {
  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    onAcknowledge();
  }

  return (
    <form onSubmit={handleSubmit}>
      <div className="cg-notice">{text}</div>
      <button type="submit" className="usa-button">
        {t('signIn.notice.acknowledge')}
      </button>
    </form>
  );
}
