import { Link } from 'react-router-dom';

interface BackLinkProps {
  to: string;
  children: string;
}

/** The link above a page's content back to where it belongs (its list, or what it is part of). */
export function BackLink({ to, children }: BackLinkProps) {
  return (
    <p className="margin-bottom-0">
      <Link className="usa-link" to={to}>
        {children}
      </Link>
    </p>
  );
}
