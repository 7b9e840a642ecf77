// One of the installation's notices (privacy, terms, moderation, accessibility, imprint), in the
// page's language. The text comes from the API in a small plain format: "# " a title, "## " a
// heading, "- " an item of a list, a blank line between paragraphs. Built with textContent only.
import { start, ready } from '../layout.js';
import { get } from '../api.js';
import { el, $, clear } from '../dom.js';
import { t, language } from '../i18n.js';

await start();
const article = $('#notice');
const name = article.dataset.notice;

function render(text) {
  const parts = [];
  let list = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('- ')) {
      if (!list) parts.push(list = el('ul'));
      list.append(el('li', { text: line.slice(2) }));
      continue;
    }
    list = null;
    if (line.startsWith('## ')) parts.push(el('h2', { text: line.slice(3) }));
    else if (line.startsWith('# ')) parts.push(el('h1', { text: line.slice(2) }));
    else if (line.trim()) parts.push(el('p', { text: line }));
  }
  return parts;
}

try {
  const notice = await get(`api/notices/${encodeURIComponent(name)}?lang=${language()}`);
  clear(article).append(...render(notice.text));
  const title = article.querySelector('h1');
  if (title) document.title = `${title.textContent} – Coproduce`;
  if (notice.contact && ['privacy', 'accessibility'].includes(name)) {
    article.append(el('p', { class: 'panel' }, el('a', { id: 'notice-contact', href: `mailto:${notice.contact}`, text: t(`notice.contact.${name}`) })));
  }
} catch {
  clear(article).append(el('h1', { text: t('notice.missing') }));
}
ready();
