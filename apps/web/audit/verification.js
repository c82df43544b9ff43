// The chain verification as the auditor reads it: what was counted (how many links, from which to which), the last
// signed checkpoint and whether it holds, and the chain of commands outside the partnerships.
import { escape, t } from '../ui.js';
import { stockholmTime } from './words.js';

/** The partnership chain's answer in words: intact with what was checked, or broken with where. */
function partnershipChain(v) {
  const checked = v.checked;
  const counted =
    checked.links === 0
      ? t('audit.chainCheckedNone')
      : `${t(checked.links === 1 ? 'audit.chainCheckedLink' : 'audit.chainCheckedLinks')
          .replace('{count}', checked.links)
          .replace('{from}', checked.firstSeq)
          .replace('{to}', checked.lastSeq)}${
          checked.links < checked.ofLinks ? ` ${t('audit.chainCheckedOf').replace('{total}', checked.ofLinks)}` : ''
        }`;
  const verdict = v.valid ? t('chainIntact') : `${t('chainBroken')} ${escape(v.firstBrokenLink.seq)} (${escape(v.firstBrokenLink.problem)})`;
  return `<p id="verification" class="notice ${v.valid ? 'ok' : 'error'}">${verdict}. ${counted}</p>`;
}

function checkpoint(c) {
  // Undefined: the links broke first, so the checkpoints were not consulted; null: none was signed yet.
  if (c === undefined) return `<p id="checkpoint">${t('audit.checkpointNotConsulted')}</p>`;
  if (c === null) return `<p id="checkpoint">${t('checkpointNone')}</p>`;
  return `<p id="checkpoint" class="notice ${c.holds ? 'ok' : 'error'}">${t('checkpointAt')} ${escape(c.seq)}, ${stockholmTime(c.signedAt)}. ${t(
    c.holds ? 'checkpointHolds' : 'checkpointBroken',
  )}</p>`;
}

function globalChain(g) {
  const verdict = g.valid
    ? `${t('chainIntact')}: ${t(g.links === 1 ? 'audit.globalChainCheckedLink' : 'audit.globalChainChecked').replace('{count}', g.links)}`
    : `${t('chainBroken')} ${escape(g.firstBrokenLink.seq)} (${escape(g.firstBrokenLink.problem)})`;
  return `<p id="global-chain" class="notice ${g.valid ? 'ok' : 'error'}">${t('globalChain')}: ${verdict}</p>`;
}

export function verificationSection(verification, global) {
  return `<section class="audit-section" id="chain-section" aria-labelledby="chain-heading">
    <h2 id="chain-heading">${t('audit.chainVerification')}</h2>
    ${partnershipChain(verification)}
    ${checkpoint(verification.checkpoint)}
    ${global ? globalChain(global) : ''}
  </section>`;
}
