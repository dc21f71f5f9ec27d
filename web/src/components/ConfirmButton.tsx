import { useEffect, useRef, useState } from 'react';

interface ConfirmButtonProps {
  /** The button's visible text. */
  label: string;
  /** The button's accessible name, when the text alone is ambiguous (such as in a table). */
  accessibleLabel?: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  danger?: boolean;
  /** A full-size, filled button, for the main next step of a section rather than a row's action. */
  prominent?: boolean;
}

/** A button that asks for confirmation in place before calling `onConfirm`. */
export function ConfirmButton({
  label,
  accessibleLabel,
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  danger = false,
  prominent = false,
}: ConfirmButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    // Focus follows the change: to the question when it opens, back to the button when cancelled.
    if (confirming) questionRef.current?.focus();
    else if (opened.current) buttonRef.current?.focus();
    opened.current ||= confirming;
  }, [confirming]);

  const kind = danger ? 'usa-button--secondary' : '';
  const size = prominent ? '' : 'cg-small-button';
  if (!confirming) {
    return (
      <button
        type="button"
        className={prominent ? 'usa-button' : 'usa-button usa-button--outline cg-small-button'}
        ref={buttonRef}
        aria-label={accessibleLabel}
        onClick={() => setConfirming(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <div className="cg-confirm">
      <p className="cg-focus-target cg-confirm__question" ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <button
        type="button"
        className={['usa-button', kind, size].filter((name) => name !== '').join(' ')}
        onClick={() => {
          setConfirming(false);
          opened.current = false;
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button
        type="button"
        className={['usa-button', 'usa-button--outline', size].filter((name) => name !== '').join(' ')}
        onClick={() => setConfirming(false)}
      >
        {cancelLabel}
      </button>
    </div>
  );
}
