// The barrier reporter's private erasure link on erase.html (#barrier=<token>, the fragment never
// reaches a server log): shows the report (GET /api/barriers/erasure/{token}) and erases it on
// confirmation (DELETE); a used or unknown link says so. While the report awaits moderation, its
// photos are listed, each to take back (GET, DELETE /api/barriers/reported/{token}/photos).
import { get, del } from './api.js';
import { $ } from './dom.js';
import { t, formatDate } from './i18n.js';
import { messageOf } from './forms.js';
import { ownPhotos } from './photo-upload.js';

export async function eraseBarrier(token) {
  const path = `api/barriers/erasure/${encodeURIComponent(token)}`;
  const status = $('#erase-status');
  $('h1').textContent = t('erase.barrier.heading');
  document.title = `${t('erase.barrier.heading')} · Coproduce`;
  try {
    const report = await get(path);
    $('#erase-barrier-what').textContent = t('erase.barrier.what', { category: report.categoryLabel, place: report.place,
      date: formatDate(report.submittedAt) });
    $('#erase-barrier').hidden = false;
    if (report.state === 'PENDING') await ownPhotos(`api/barriers/reported/${encodeURIComponent(token)}/photos`);
  } catch (problem) {
    status.textContent = problem.status === 404 ? t('erase.barrier.gone') : messageOf(problem);
    return;
  }
  $('#erase-barrier').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await del(path);
      $('#erase-barrier').hidden = true;
      $('#my-photos').hidden = true;
      status.textContent = t('erase.barrier.done');
    } catch (problem) {
      status.textContent = messageOf(problem);
    }
  });
}
