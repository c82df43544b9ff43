// What the framework's sections, forms and moves read from a framework (GET /frameworks/:id): its parties by
// name, its versions, which members sit on the steering group today, and today's date as the caller's browser
// has it (the API counts the seats on the caller's today too).

/** Today as an ISO date. */
export const today = () => new Date().toISOString().slice(0, 10);

/** A party key ('PUBLIC' or an organisationsnummer) by its name in the framework. */
export function frameworkPartyName(f, key) {
  if (key === 'PUBLIC') return f.publicParty.name;
  if (key === f.sectorRepresentative?.organisationNumber) return f.sectorRepresentative.name;
  return f.members?.find((m) => m.organisationNumber === key)?.name ?? key ?? '';
}

/** The version in force, else the latest version (whose text a revision starts from). */
export const versionInForce = (f) => f.versions?.find((v) => v.version === f.versionInForce);
export const latestVersion = (f) => f.versions?.[f.versions.length - 1];

/** Every commitment of a framework by its id, the version in force's first (an id is unique within a version). */
export function commitmentsById(f) {
  const byId = new Map();
  const versions = [versionInForce(f), ...[...(f.versions ?? [])].reverse()].filter(Boolean);
  for (const version of versions)
    for (const principle of version.principles ?? [])
      for (const commitment of principle.commitments ?? [])
        if (!byId.has(commitment.id)) byId.set(commitment.id, { ...commitment, principle: principle.principle });
  return byId;
}

/** Members whose term covers `on` and who have not left before it. */
export const activeMembers = (f, on = today()) =>
  (f.steeringGroup ?? []).filter((m) => m.termStart <= on && on <= m.termEnd && !(m.endedOn && m.endedOn <= on));

/** The organisations that have joined, oldest first. */
export const joinedMembers = (f) =>
  (f.members ?? []).filter((m) => m.status === 'JOINED').sort((a, b) => (a.joinedOn ?? '').localeCompare(b.joinedOn ?? ''));

/** The action plan of the latest year, if any. */
export const latestActionPlan = (f) => [...(f.actionPlans ?? [])].sort((a, b) => a.year - b.year).pop();
