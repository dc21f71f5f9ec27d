import type { ReactNode, Ref } from 'react';

export type AlertType = 'success' | 'error' | 'warning' | 'info';

interface AlertProps {
  type: AlertType;
  heading?: string;
  children: ReactNode;
  /** Set to move focus here (the alert then takes tabIndex -1). */
  ref?: Ref<HTMLDivElement>;
}

/** A USWDS alert. Success and info are polite status messages; error and warning are alerts. */
export function Alert({ type, heading, children, ref }: AlertProps) {
  const classes = ['usa-alert', `usa-alert--${type}`];
  if (heading === undefined) classes.push('usa-alert--slim');
  return (
    <div
      className={classes.join(' ')}
      role={type === 'error' || type === 'warning' ? 'alert' : 'status'}
      ref={ref}
      tabIndex={ref === undefined ? undefined : -1}
    >
      <div className="usa-alert__body">
        {heading !== undefined && <h2 className="usa-alert__heading">{heading}</h2>}
        <div className="usa-alert__text">{children}</div>
      </div>
    </div>
  );
}
