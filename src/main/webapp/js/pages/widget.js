// The embeddable widget (widget.html?organisation=ID&lang=de): an organisation's latest published
// stories and response figures, for an <iframe> on its own site. No site header; every link opens
// Coproduce in a new tab. Only the origins the organisation allows may frame it (CSP frame-ancestors).
import { root, get, url } from '../api.js';
import { el, $, param } from '../dom.js';
import { loadLanguage, translate, t, formatDate } from '../i18n.js';
import { scopeFigures } from '../figures.js';

await loadLanguage(root, param('lang'));
translate();
const id = param('organisation');
try {
  const detail = await get(`api/organisations/${encodeURIComponent(id)}`);
  const organisation = detail.organisation ?? detail;
  const heading = t('widget.heading', { name: organisation.name });
  document.title = heading;
  const link = $('#widget-organisation');
  link.textContent = heading;
  link.href = url(`organisation.html?id=${organisation.id}`).href;
  $('#widget-tell').href = url('tell.html').href;
  const [stories] = await Promise.all([get(`api/stories?organisation=${encodeURIComponent(id)}&size=5`),
    scopeFigures(get, { organisation: id }, $('#widget-figures'), $('#widget-figures-about'))]);
  for (const a of document.querySelectorAll('#widget-figures-about a')) {
    a.target = '_blank';
    a.rel = 'noopener';
  }
  $('#widget-stories').replaceChildren(...(stories.items.length ? stories.items.map((story) => el('li', {},
    el('a', { href: url(`story.html?id=${story.id}`).href, target: '_blank', rel: 'noopener', text: story.title }),
    ' ', el('span', { class: 'meta', text: formatDate(story.publishedAt) }))) : [el('li', { text: t('widget.none') })]));
  $('#widget').hidden = false;
} catch {
  $('#widget-status').textContent = t('error.notFound');
}
document.body.dataset.ready = 'true';
