// The dashboard's "Reports by e-mail": the caller's subscriptions to this scope's report, to add or end.
import { get, post, del } from './api.js';
import { el, $ } from './dom.js';
import { t, language } from './i18n.js';
import { showErrors, clearErrors, messageOf } from './forms.js';

const PATH = 'api/outcomes/report-subscriptions';

function mine(all, d) {
  return all.filter((s) => s.scopeKind === d.scope.kind && s.scopeId === d.scope.id);
}

async function draw(d) {
  const list = mine(await get(PATH), d);
  $('#report-subscription-list').replaceChildren(...list.map((s) => el('li', {},
    t('outcomes.reports.item', { cadence: t(`outcomes.reports.${s.cadence}`), language: t(`lang.switch.${s.language}`) }), ' ',
    el('button', {
      type: 'button', class: 'secondary', text: t('outcomes.reports.unsubscribe'),
      'aria-label': `${t('outcomes.reports.unsubscribe')}: ${t(`outcomes.reports.${s.cadence}`)}`,
      onclick: async () => {
        try {
          await del(`${PATH}/${s.id}`);
          $('#report-subscriptions-status').textContent = t('outcomes.reports.ended');
          await draw(d);
        } catch (problem) {
          $('#report-subscriptions-status').textContent = messageOf(problem);
        }
      },
    }))));
  if (!list.length) $('#report-subscription-list').append(el('li', { text: t('outcomes.reports.none') }));
}

/** Shown to quality managers and admins who see the scope's exact figures (an organisation or a service). */
export async function reportSubscriptions(d, scope, who) {
  if (d.suppressed || d.scope.kind === 'PLATFORM' || !['QUALITY_MANAGER', 'ADMIN'].includes(who?.role)) return;
  const form = $('#subscribe-report');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      await post(PATH, { ...scope, cadence: new FormData(form).get('cadence'), language: language() });
      $('#report-subscriptions-status').textContent = t('outcomes.reports.subscribed');
      await draw(d);
    } catch (problem) {
      showErrors(form, problem);
    }
  });
  try {
    await draw(d);
  } catch (problem) {
    return; // the dashboard stands without this section
  }
  $('#report-subscriptions').hidden = false;
  if (location.hash === '#report-subscriptions') $('#report-subscriptions').scrollIntoView();
}
