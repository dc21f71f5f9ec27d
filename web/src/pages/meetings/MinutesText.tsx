import { useMemo } from 'react';
import { t } from '../../i18n';

/**
 * Fits the server's HTML into the page: headings move down so that the minutes' own "# Title"
 * sits under the section's heading (level `top` and below, never past 6), links without an
 * address become text, and images become links to them, since the page's Content-Security-Policy
 * loads no images from elsewhere. The HTML is parsed in a <template>, whose content is inert:
 * nothing in it loads or runs.
 */
export function fitMinutesHtml(html: string, top: 3 | 4): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  const content = template.content;
  for (const heading of content.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = Math.min(6, Number(heading.tagName.slice(1)) + top - 1);
    const moved = document.createElement(`h${level}`);
    moved.append(...heading.childNodes);
    heading.replaceWith(moved);
  }
  // A link whose address the server dropped as unsafe (javascript: and the like) is left empty;
  // it would only reload the page, so it becomes its text.
  for (const link of content.querySelectorAll('a')) {
    if ((link.getAttribute('href') ?? '') !== '') continue;
    link.replaceWith(...link.childNodes);
  }
  for (const image of content.querySelectorAll('img')) {
    const link = document.createElement('a');
    link.className = 'usa-link';
    link.href = image.getAttribute('src') ?? '';
    const alt = image.getAttribute('alt') ?? '';
    link.textContent = alt === '' ? t('minutes.image') : t('minutes.imageNamed', { alt });
    image.replaceWith(link);
  }
  return template.innerHTML;
}

/** The minutes as the server rendered them from Markdown. */
export function MinutesText({ html, top = 3 }: { html: string; top?: 3 | 4 }) {
  const fitted = useMemo(() => fitMinutesHtml(html, top), [html, top]);
  // The one place the app shows HTML from the server: the `html` of the minutes, which the
  // server renders from Markdown with cmark-gfm in its safe mode (raw HTML such as <script> is
  // left out, javascript: and similar links are dropped), so it holds no markup of the author's
  // own. fitMinutesHtml only renames headings and unwraps or replaces links and images.
  return <div className="cg-minutes" dangerouslySetInnerHTML={{ __html: fitted }} />;
}
