import { useEffect } from 'react';

interface DocumentMeta {
  /** The page's `<meta name="description">`, also its og:description. */
  description: string;
  /** The og:title link previews show. */
  title: string;
}

/** The `<meta>` element with this attribute and value in the head, added if there is none. */
function metaElement(attribute: 'name' | 'property', value: string): { element: HTMLMetaElement; added: boolean } {
  const found = document.head.querySelector<HTMLMetaElement>(`meta[${attribute}="${value}"]`);
  if (found !== null) return { element: found, added: false };
  const element = document.createElement('meta');
  element.setAttribute(attribute, value);
  document.head.append(element);
  return { element, added: true };
}

/**
 * Describes the page in the head while it is shown (search engines and link previews read
 * these), and puts back what was there when it goes. Null leaves the head as it is.
 */
export function useDocumentMeta(meta: DocumentMeta | null): void {
  const description = meta?.description ?? null;
  const title = meta?.title ?? null;
  useEffect(() => {
    if (description === null || title === null) return;
    const changes = [
      { ...metaElement('name', 'description'), content: description },
      { ...metaElement('property', 'og:title'), content: title },
      { ...metaElement('property', 'og:description'), content: description },
      { ...metaElement('property', 'og:type'), content: 'article' },
    ].map(({ element, added, content }) => {
      const before = element.content;
      element.content = content;
      return { element, added, before };
    });
    return () => {
      for (const { element, added, before } of changes) {
        if (added) element.remove();
        else element.content = before;
      }
    };
  }, [description, title]);
}
