// Part of labels.js, which re-exports it (the web and the API import labels.js only): see its header.
// ---- Framework agreements (överenskommelser): libs/domain/src/framework/vocabulary.ts and step-actions.ts ----

/** Where a framework agreement stands as a whole. */
export const FRAMEWORK_STATUSES = {
  PREPARING: { sv: 'Under beredning', en: 'Being prepared' },
  IN_FORCE: { sv: 'Gäller', en: 'In force' },
  LAPSED: { sv: 'Har löpt ut', en: 'Lapsed' },
  ENDED: { sv: 'Avslutad', en: 'Ended' },
};

/** Where one version of a framework's text stands; a revision (revidering) is a new version. */
export const FRAMEWORK_VERSION_STATUSES = {
  DRAFT: { sv: 'Utkast', en: 'Draft' },
  ADOPTED: { sv: 'Antagen, ännu inte i kraft', en: 'Adopted, not yet in force' },
  IN_FORCE: { sv: 'Gäller', en: 'In force' },
  REJECTED: { sv: 'Avslagen', en: 'Rejected' },
  SUPERSEDED: { sv: 'Ersatt', en: 'Superseded' },
};

/** Whom a commitment (åtagande) binds. */
export const COMMITMENT_HOLDERS = {
  PUBLIC: { sv: 'Offentlig sektor', en: 'The public sector' },
  SECTOR: { sv: 'Idéburen sektor', en: 'The civil-society sector' },
  BOTH: { sv: 'Båda sektorerna', en: 'Both sectors' },
};

/** The two sectors of a steering group (samverkansgrupp). */
export const SECTORS = {
  PUBLIC: { sv: 'Offentlig sektor', en: 'Public sector' },
  CIVIL_SOCIETY: { sv: 'Idéburen sektor', en: 'Civil-society sector' },
};

/** What an organisation declares when it joins (the Västernorrland text). */
export const JOINING_UNDERTAKINGS = {
  SOCIETAL_PURPOSE: { sv: 'Verkar för samhälleliga ändamål', en: 'Works for societal purposes' },
  DEMOCRATIC_VALUES: { sv: 'Bygger på demokratiska värderingar', en: 'Rests on democratic values' },
  INDEPENDENT_OF_PUBLIC_SECTOR: {
    sv: 'Är organisatoriskt fristående från offentlig sektor',
    en: 'Is organisationally independent of the public sector',
  },
  CIVIL_SOCIETY_FORM: {
    sv: 'Är en förening, ett kooperativ, ett socialt företag, en stiftelse eller liknande',
    en: 'Is an association, co-operative, social enterprise, foundation or similar',
  },
  REGIONAL_RELATION: { sv: 'Är regional eller har en särskild relation till regionen', en: 'Is regional or has a particular relation to the region' },
};

/** Where an organisation stands towards a framework. */
export const MEMBERSHIP_STATUSES = {
  APPLIED: { sv: 'Har ansökt', en: 'Applied' },
  JOINED: { sv: 'Ansluten', en: 'Joined' },
  REFUSED: { sv: 'Ansökan avslagen', en: 'Application refused' },
  LEFT: { sv: 'Har lämnat', en: 'Left' },
};

/** What a review (översyn) decided. */
export const REVIEW_OUTCOMES = {
  CONTINUE: { sv: 'Fortsätter med gällande text', en: 'Continue with the text in force' },
  REVISE: { sv: 'Texten ska revideras', en: 'Revise the text' },
};

/** How an action of a yearly action plan (handlingsplan) stood at the follow-up conference. */
export const ACTION_OUTCOMES = {
  DONE: { sv: 'Genomförd', en: 'Done' },
  ONGOING: { sv: 'Pågår', en: 'Ongoing' },
  NOT_DONE: { sv: 'Inte genomförd', en: 'Not done' },
};

export const FRAMEWORK_TASK_TYPES = {
  DECIDE_ON_APPLICATION: { sv: 'Besluta om ansökan om anslutning', en: 'Decide on an application to join' },
  HOLD_STEERING_GROUP_MEETING: { sv: 'Håll samverkansgruppens möte', en: "Hold the steering group's meeting" },
  HOLD_FOLLOW_UP_CONFERENCE: { sv: 'Håll den årliga uppföljningskonferensen', en: 'Hold the yearly follow-up conference' },
  DECIDE_ON_REVIEW: { sv: 'Besluta om översyn av överenskommelsen', en: 'Decide on the review of the framework' },
};

/** Warnings on the board: said in words, not only in colour. */
export const FRAMEWORK_WARNING_CODES = {
  STEERING_GROUP_MEETINGS_BEHIND: {
    sv: 'Samverkansgruppen ligger efter med årets möten',
    en: "The steering group is behind with the year's meetings",
  },
  STEERING_GROUP_MEETINGS_MISSED: {
    sv: 'Samverkansgruppen höll för få möten under året',
    en: 'The steering group held too few meetings in the year',
  },
  REVIEW_OVERDUE: { sv: 'Översynen är försenad', en: 'The review is overdue' },
};

/** The steps of a framework's timeline. */
export const FRAMEWORK_STEP_ACTIONS = {
  FRAMEWORK_OPENED: { sv: 'Överenskommelsen påbörjad', en: 'Framework opened' },
  VERSION_PROPOSED: { sv: 'Version föreslagen', en: 'Version proposed' },
  VERSION_DECISION_APPROVED: { sv: 'Version antagen i politiskt beslut', en: 'Version adopted by political decision' },
  VERSION_DECISION_REJECTED: { sv: 'Version avslagen i politiskt beslut', en: 'Version rejected by political decision' },
  VERSION_DECISION_RETURNED: { sv: 'Version återremitterad', en: 'Version returned' },
  VERSION_IN_FORCE: { sv: 'Version trädde i kraft', en: 'Version came into force' },
  FRAMEWORK_LAPSED: { sv: 'Överenskommelsen löpte ut', en: 'Framework lapsed' },
  APPLICATION_SUBMITTED: { sv: 'Ansökan om anslutning', en: 'Application to join' },
  APPLICATION_CONFIRMED: { sv: 'Anslutning bekräftad', en: 'Joining confirmed' },
  APPLICATION_REFUSED: { sv: 'Ansökan avslagen', en: 'Application refused' },
  MEMBER_LEFT: { sv: 'Organisation lämnade överenskommelsen', en: 'Organisation left the framework' },
  STEERING_GROUP_MEMBER_APPOINTED: { sv: 'Ledamot utsedd', en: 'Member appointed' },
  STEERING_GROUP_MEMBERSHIP_ENDED: { sv: 'Ledamots uppdrag avslutat', en: 'Membership ended' },
  STEERING_GROUP_MEETING_HELD: { sv: 'Samverkansgruppens möte hållet', en: 'Steering group meeting held' },
  SECTOR_ATTENDANCE_RECORDED: { sv: 'Sektorns närvaro registrerad', en: "Sector's attendance recorded" },
  STEERING_GROUP_MEETINGS_BEHIND: {
    sv: 'Samverkansgruppen ligger efter med årets möten',
    en: "The steering group is behind with the year's meetings",
  },
  STEERING_GROUP_MEETINGS_MISSED: { sv: 'För få möten under året', en: 'Too few meetings in the year' },
  FOLLOW_UP_CONFERENCE_RAISED: { sv: 'Uppföljningskonferens att hålla', en: 'Follow-up conference due' },
  FOLLOW_UP_CONFERENCE_HELD: { sv: 'Uppföljningskonferens hållen', en: 'Follow-up conference held' },
  ACTION_PLAN_SET: { sv: 'Handlingsplan fastställd', en: 'Action plan set' },
  REVIEW_RAISED: { sv: 'Översyn att besluta', en: 'Review due' },
  REVIEW_OVERDUE: { sv: 'Översynen försenad', en: 'Review overdue' },
  REVIEW_DECISION_APPROVED: { sv: 'Översyn beslutad', en: 'Review decided' },
  REVIEW_DECISION_REJECTED: { sv: 'Översyn avslagen', en: 'Review rejected' },
  REVIEW_DECISION_RETURNED: { sv: 'Översyn återremitterad', en: 'Review returned' },
  FRAMEWORK_ENDED: { sv: 'Överenskommelsen avslutad', en: 'Framework ended' },
};
