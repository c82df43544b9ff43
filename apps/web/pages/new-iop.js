// Starting an IOP: the officer names the partnership, its organisation and the problem definition.
import { api, escape, notify, principal, state, t } from '../ui.js';

export function newIopPage(view) {
  const who = principal();
  if (
    !view(`<h1>${t('newIop')}</h1>
    <form id="new-iop">
      <label for="title">${t('title')}</label><input id="title" name="title" required minlength="3">
      <label for="public-party">${t('publicParty')}</label><input id="public-party" name="publicParty" value="${escape(who.publicParty)}" readonly>
      <fieldset><legend>${t('organisation')}</legend>
        <label for="org-name">${t('orgName')}</label><input id="org-name" name="orgName" required>
        <label for="org-number">${t('orgNumber')}</label><input id="org-number" name="orgNumber" required placeholder="NNNNNN-NNNN" inputmode="numeric">
      </fieldset>
      <fieldset><legend>${t('problemDefinition')}</legend>
        <label for="challenge">${t('challenge')}</label><textarea id="challenge" name="challenge" required></textarea>
        <label for="target-group">${t('targetGroup')}</label><input id="target-group" name="targetGroup" required>
        <label for="goal">${t('goal')}</label><input id="goal" name="goal" required>
      </fieldset>
      <div class="actions"><button type="submit">${t('start')}</button></div>
    </form>`)
  )
    return;
  document.getElementById('new-iop').addEventListener('submit', async (event) => {
    event.preventDefault();
    const f = Object.fromEntries(new FormData(event.target));
    try {
      const created = await api('POST', '/partnerships', {
        title: f.title,
        publicParty: { name: who.publicParty },
        organisations: [{ name: f.orgName, organisationNumber: f.orgNumber }],
      });
      await api('POST', `/partnerships/${created.id}/problem-definition`, { challenge: f.challenge, targetGroup: f.targetGroup, goals: [f.goal] });
      // The router clears the status region on every page change; this notice is for the page it opens.
      state.noticeForNextPage = t('started');
      location.hash = `#/p/${created.id}`;
    } catch (error) {
      notify(error.message, 'error');
    }
  });
}
