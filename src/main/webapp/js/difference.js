// "Did it make a difference?": asked on the follow page once a change that answers the story has
// been made (and its delay has passed), and on difference.html of someone who experienced the
// story too; answered as a radio group, thanked afterwards.
import { url } from './api.js';
import { el, $$ } from './dom.js';
import { t } from './i18n.js';
import { showErrors, clearErrors } from './forms.js';

export const KIND = 'DIFFERENCE';

function answered(status, answer) {
  status.replaceChildren(el('p', { class: 'notice', text: t('difference.thanks', { answer: t(`difference.${answer}`) }) }));
}

/**
 * The question as a form. question: {changeId, about (the change's description), answers, answer};
 * send(answer) posts it and resolves to the answer saved; introKey says how the change relates to
 * the reader; heading: false when the page's own heading asks the question.
 */
export function differenceQuestion(question, send, { introKey = 'difference.about', heading = true } = {}) {
  const id = `difference-${question.changeId}`;
  const status = el('div', { role: 'status', id: `${id}-thanks` });
  const choices = el('fieldset', { 'data-field': 'answer' },
    el('legend', { text: t('difference.legend') }),
    el('div', { class: 'choices-inline' }, (question.answers ?? []).map((answer) => el('label', { class: 'choice' },
      el('input', { type: 'radio', name: 'answer', value: answer, checked: question.answer === answer }),
      el('span', { text: t(`difference.${answer}`) })))));
  const submit = el('button', { type: 'submit', text: t('difference.send') });
  const again = el('button', { type: 'button', class: 'secondary', hidden: !question.answer, text: t('difference.again') });
  const form = el('form', { class: 'panel question', id, novalidate: true, 'aria-labelledby': heading ? `${id}-heading` : null },
    heading ? el('h2', { id: `${id}-heading`, text: t('difference.question') }) : null,
    el('p', {}, t(introKey), ' ',
      el('a', { href: url(`change.html?id=${encodeURIComponent(question.changeId)}`).href, text: question.about })),
    status, choices, submit, again);
  const open = (asking) => {
    choices.hidden = !asking;
    submit.hidden = !asking;
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
    const answer = form.querySelector('input[name="answer"]:checked')?.value;
    if (!answer) {
      showErrors(form, { violations: [{ field: 'answer', message: t('difference.choose') }] });
      return;
    }
    try {
      answered(status, await send(answer));
      open(false);
      again.focus();
    } catch (problem) {
      showErrors(form, problem);
    }
  });
  return form;
}
