// A change's participation on its page: counts (no names), milestones, proposals with their
// answers and comments, the forms to propose, comment, support and follow; for the change's staff,
// opening and closing it, answering proposals and posting milestones.
import { get, post, put, del } from './api.js';
import { el, $, clear } from './dom.js';
import { t, formatDate, language } from './i18n.js';
import { showErrors, clearErrors, values, messageOf } from './forms.js';

const COUNTS = ['people', 'proposals', 'supports', 'comments'];
const DECISIONS = ['ADOPTED', 'UNDER_CONSIDERATION', 'NOT_ADOPTED'];

function counts(view) {
  clear($('#participation-counts')).append(...COUNTS.map((k) =>
    el('li', {}, el('strong', { text: String(view.counts[k]) }), t(`participation.count.${k}`))));
}

function milestones(view) {
  const box = clear($('#milestones'));
  if (!view.milestones.length) {
    box.append(el('p', { class: 'meta', text: t('participation.noMilestones') }));
    return;
  }
  box.append(el('ol', { class: 'results' }, view.milestones.map((m) => el('li', { class: 'card' },
    el('p', {}, el('strong', { text: t(`participation.stage.${m.stage}`) }), ' · ', formatDate(m.on)),
    m.evidence ? el('p', { class: 'story-text', text: m.evidence }) : null))));
}

function author(item) {
  return item.displayName ? t('participation.by', { name: item.displayName }) : t('participation.anonymous');
}

function answerOf(proposal) {
  if (!proposal.answer) return el('p', { class: 'meta', text: t('participation.notAnswered') });
  return el('div', { class: 'response' },
    el('p', {}, el('strong', { text: t(`participation.decision.${proposal.answer.decision}`) }), ' · ', formatDate(proposal.answer.answeredAt)),
    el('p', { class: 'story-text', text: proposal.answer.reason }));
}

function supportButton(proposal, view, refresh) {
  const button = el('button', { type: 'button', class: 'secondary', 'aria-pressed': String(proposal.supportedByYou),
    text: proposal.supportedByYou ? t('participation.supported') : t('participation.support') });
  button.disabled = !view.open;
  button.addEventListener('click', async () => {
    try {
      await (proposal.supportedByYou ? del : post)(`api/proposals/${proposal.id}/support`);
      await refresh();
      $(`#proposal-${proposal.id} button[aria-pressed]`)?.focus();
    } catch (problem) {
      $('#proposal-status').textContent = messageOf(problem);
    }
  });
  return button;
}

function commentForm(proposal) {
  const id = `comment-${proposal.id}`;
  const form = el('form', { id: `${id}-form`, novalidate: true },
    el('div', { class: 'field' }, el('label', { for: `${id}-text`, text: t('participation.comment') }),
      el('textarea', { id: `${id}-text`, name: 'text', required: true, maxlength: 1000, rows: 2 })),
    el('div', { class: 'field' }, el('label', { for: `${id}-name`, text: t('participation.name') }),
      el('input', { type: 'text', id: `${id}-name`, name: 'displayName', maxlength: 60, autocomplete: 'nickname' })),
    el('button', { type: 'submit', class: 'secondary', text: t('participation.sendComment') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      await post(`api/proposals/${proposal.id}/comments`, { ...values(form), language: language() });
      form.reset();
      $('#proposal-status').textContent = t('participation.held');
    } catch (problem) {
      showErrors(form, problem);
    }
  });
  return el('details', {}, el('summary', { text: t('participation.commentOn') }), form);
}

function answerForm(proposal, refresh) {
  const id = `answer-${proposal.id}`;
  const form = el('form', { id: `${id}-form`, novalidate: true },
    el('div', { class: 'field' }, el('label', { for: `${id}-decision`, text: t('participation.decision') }),
      el('select', { id: `${id}-decision`, name: 'decision', class: 'narrow' },
        DECISIONS.map((d) => el('option', { value: d, text: t(`participation.decision.${d}`) })))),
    el('div', { class: 'field' }, el('label', { for: `${id}-reason`, text: t('participation.reason') }),
      el('textarea', { id: `${id}-reason`, name: 'reason', required: true, maxlength: 2000, rows: 3 })),
    el('button', { type: 'submit', text: t('participation.answer') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await put(`api/proposals/${proposal.id}/answer`, values(form));
      await refresh();
    } catch (problem) {
      showErrors(form, problem);
    }
  });
  return el('details', {}, el('summary', { text: t('participation.answerThis') }), form);
}

function proposals(view, staff, refresh) {
  const box = clear($('#proposals'));
  if (!view.proposals.length) {
    box.append(el('p', { class: 'meta', text: t('participation.noProposals') }));
    return;
  }
  box.append(el('ul', { class: 'results' }, view.proposals.map((p) => el('li', { class: 'card', id: `proposal-${p.id}` },
    el('article', {},
      el('p', { class: 'story-text', lang: p.language, text: p.text }),
      el('p', { class: 'meta', text: `${author(p)} · ${formatDate(p.publishedAt)} · ${t('participation.supports', { count: p.supports })}` }),
      el('p', {}, supportButton(p, view, refresh)),
      answerOf(p),
      p.comments.length ? el('ul', {}, p.comments.map((c) => el('li', {},
        el('span', { lang: c.language, text: c.text }), el('span', { class: 'meta', text: ` – ${author(c)}` })))) : null,
      view.open ? commentForm(p) : null,
      staff ? answerForm(p, refresh) : null)))));
}

function proposalForm(change, refresh) {
  const form = $('#proposal-form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      await post(`api/changes/${change.id}/proposals`, { ...values(form), language: language() });
      form.reset();
      $('#proposal-status').textContent = t('participation.held');
      await refresh();
    } catch (problem) {
      showErrors(form, problem);
    }
  });
  $('#follow-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const follow = $('#follow-form');
    clearErrors(follow);
    try {
      await post('api/subscriptions', { email: values(follow).email, kind: 'CHANGE', target: String(change.id), language: language() });
      follow.reset();
      $('#follow-status').textContent = t('participation.followAsked');
    } catch (problem) {
      showErrors(follow, problem);
    }
  });
}

function staffTools(change, view, refresh) {
  $('#participation-staff').hidden = false;
  const toggle = $('#participation-toggle');
  toggle.textContent = view.open ? t('participation.close') : t('participation.open');
  toggle.onclick = async () => {
    try {
      await put(`api/changes/${change.id}/participation`, { open: !view.open });
      await refresh();
    } catch (problem) {
      $('#proposal-status').textContent = messageOf(problem);
    }
  };
  const form = $('#milestone-form');
  form.onsubmit = async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      await post(`api/changes/${change.id}/milestones`, values(form));
      form.reset();
      await refresh();
    } catch (problem) {
      showErrors(form, problem);
    }
  };
}

/** Draws the section and keeps it current after each action. */
export async function participation(change, staff) {
  let wired = false;
  const refresh = async () => {
    const view = await get(`api/changes/${change.id}/participation`);
    $('#participation-state').textContent = view.open ? t('participation.isOpen') : t('participation.isClosed');
    $('#proposal-form').hidden = !view.open;
    $('#follow-form').hidden = !view.open;
    counts(view);
    milestones(view);
    proposals(view, staff, refresh);
    if (staff) staffTools(change, view, refresh);
    if (!wired) {
      proposalForm(change, refresh);
      wired = true;
    }
  };
  await refresh();
}
