// One button that copies a text (a follow link): the Clipboard API where the browser allows it,
// else a selection copied the old way; a status next to it says whether it worked.
import { el } from './dom.js';
import { t } from './i18n.js';

async function copied(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = el('textarea', { readonly: true, class: 'visually-hidden', 'aria-hidden': 'true', tabindex: '-1' });
    area.value = text;
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

/** Makes the button copy what text() gives and say so in the status element. */
export function copyButton(button, status, text) {
  button.addEventListener('click', async () => {
    status.textContent = '';
    status.textContent = t((await copied(text())) ? 'copy.done' : 'copy.failed');
  });
}
