// Someone who said "I've experienced this too" answers, through the link they were e-mailed
// (the token stays in the fragment, so it never reaches a server log).
import { start, ready } from '../layout.js';
import { get, post } from '../api.js';
import { el, $ } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { differenceQuestion } from '../difference.js';

await start();
const token = decodeURIComponent(location.hash.slice(1));
const path = `api/difference/${encodeURIComponent(token)}`;
try {
  const question = await get(path);
  $('#difference-question').append(
    el('p', { class: 'meta', text: [question.organisation, question.madeOn ? t('changes.madeOn', { date: formatDate(question.madeOn) }) : null].filter(Boolean).join(' · ') }),
    differenceQuestion({ changeId: question.changeId, about: question.description, answers: question.answers, answer: question.answer },
      (answer) => post(path, { answer }).then((reply) => reply.answer), { introKey: 'difference.aboutMeToo', heading: false }));
} catch {
  $('#difference-status').textContent = t(token ? 'difference.notFound' : 'follow.noToken');
}
window.addEventListener('hashchange', () => location.reload());
ready();
