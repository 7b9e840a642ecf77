// "Did it make a difference?": asked on the follow page once a change that answers the story has
// been made (and its delay has passed); answered as a radio group, thanked afterwards.
import { post, url } from './api.js';
import { el, $$ } from './dom.js';
import { t } from './i18n.js';
import { showErrors, clearErrors } from './forms.js';

export const KIND = 'DIFFERENCE';

function answered(status, answer) {
  status.replaceChildren(el('p', { class: 'notice', text: t('difference.thanks', { answer: t(`difference.${answer}`) }) }));
}

/** The question as a form that posts to the follow link (path: api/follow/TOKEN). */
export function differenceQuestion(question, path) {
  const id = `difference-${question.subjectId}`;
  const status = el('div', { role: 'status', id: `${id}-thanks` });
  const choices = el('fieldset', { 'data-field': 'answer' },
    el('legend', { text: t('difference.legend') }),
    el('div', { class: 'choices-inline' }, (question.answers ?? []).map((answer) => el('label', { class: 'choice' },
      el('input', { type: 'radio', name: 'answer', value: answer, checked: question.answer === answer }),
      el('span', { text: t(`difference.${answer}`) })))));
  const send = el('button', { type: 'submit', text: t('difference.send') });
  const again = el('button', { type: 'button', class: 'secondary', hidden: !question.answer, text: t('difference.again') });
  const form = el('form', { class: 'panel question', id, novalidate: true, 'aria-labelledby': `${id}-heading` },
    el('h2', { id: `${id}-heading`, text: t('difference.question') }),
    el('p', {}, t('difference.about'), ' ',
      el('a', { href: url(`change.html?id=${encodeURIComponent(question.subjectId)}`).href, text: question.about })),
    status, choices, send, again);
  const open = (asking) => {
    choices.hidden = !asking;
    send.hidden = !asking;
    again.hidden = asking;
  };
  if (question.answer) {
    answered(status, question.answer);
    open(false);
  }
  again.addEventListener('click', () => { open(true); $$('input', choices)[0].focus(); });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const answer = form.querySelector('input[name="answer"]:checked')?.value ?? null;
    try {
      const reply = await post(`${path}/${question.answerAt}`, { changeId: question.subjectId, answer });
      answered(status, reply.answer);
      open(false);
      again.focus();
    } catch (problem) {
      showErrors(form, problem);
    }
  });
  return form;
}
