// The library of moderation reasons as choices of a select: the label in the page's language, the storyteller's text as its title.
import { get } from './api.js';
import { el } from './dom.js';
import { language } from './i18n.js';

export async function reasonChoices(select) {
  const reasons = await get('api/moderation/reasons').catch(() => []);
  const de = language() === 'de';
  select.append(...reasons.map((r) => el('option', { value: r.code, title: de ? r.textDe : r.textEn, text: de ? r.labelDe : r.labelEn })));
}
