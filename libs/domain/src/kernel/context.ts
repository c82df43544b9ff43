/** What the caller tells the rules about a move besides the move itself. */
export interface CommandContext {
  /** Who made the move (the person), for the step record. */
  actor: string;
  /** The instant of the move, passed in: the domain never reads a clock. */
  now: string;
}
