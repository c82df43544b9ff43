import type { FrameworkCommandOf, FrameworkCommandType } from '@iop/domain';

/**
 * The body of a move as the client sends it: the command without its type and party (the guard's), and without
 * what the route's path names (`pathParams`). A DTO `implements` it, so that the domain's command and the body
 * cannot drift apart.
 */
export type MoveBody<T extends FrameworkCommandType, PathParams extends string = never> = Omit<FrameworkCommandOf<T>, 'type' | 'party' | PathParams>;
