// Forum – idéburna organisationer med social inriktning: the four keys of a genuine IOP. The partnership's legal
// basis says, for each, how it is met.

export const FORUM_KEYS = [
  /** A deliberate choice of form (ett medvetet val av samverkansform). */
  'DELIBERATE_CHOICE_OF_FORM',
  /** A joint analysis of the challenge (en gemensam analys av utmaningen). */
  'JOINT_ANALYSIS',
  /** Clarity on what is jointly owned (tydlighet om vad som ägs gemensamt). */
  'JOINT_OWNERSHIP',
  /** Learning goals for every party (lärandemål för alla parter). */
  'LEARNING_GOALS',
] as const;
export type ForumKey = (typeof FORUM_KEYS)[number];

export type ForumKeysMet = Record<ForumKey, string>;
