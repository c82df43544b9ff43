import { routeOf } from '../common/move-fields';
import { FRAMEWORK_MOVE_HANDLERS } from '../frameworks/framework-move-routes';
import { FrameworkCommandsController } from '../frameworks/framework-commands.controller';
import { FrameworksController } from '../frameworks/frameworks.controller';
import { FRAMEWORK_PROCESS } from '../frameworks/framework-process';
import { INITIATIVE_PROCESS } from '../initiatives/initiative-process';
import { INITIATIVE_MOVE_HANDLERS } from '../initiatives/initiative-move-routes';
import { InitiativesController } from '../initiatives/initiatives.controller';
import { MOVE_HANDLERS, routeOfHandler } from '../partnerships/move-routes';
import { PartnershipsController } from '../partnerships/partnerships.controller';
import { PARTNERSHIP_PROCESS } from '../partnerships/partnership-process';
import { DocumentsController } from '../records/documents.controller';

/** A route that makes a move (or starts a process): the labels its requests are counted under. */
export interface CountedMove {
  processKind: string;
  move: string;
}

/**
 * Every move's route, `METHOD /template` → its process kind and move type, read from the moves' own tables (the ones
 * the available moves are built from) and the controllers' decorators: a new move is counted without being named here.
 */
export function moveRoutes(): Map<string, CountedMove> {
  const table = new Map<string, CountedMove>();
  const add = (route: { method: string; template: string }, processKind: string, move: string) =>
    table.set(`${route.method} ${withoutTrailingSlash(route.template)}`, { processKind, move });
  for (const [move, handler] of Object.entries(MOVE_HANDLERS)) add(routeOfHandler(handler), PARTNERSHIP_PROCESS.kind, move);
  // A meeting about a follow-up is a RECORD_MEETING with a route of its own.
  add(routeOfHandler('recordFollowUpMeeting'), PARTNERSHIP_PROCESS.kind, 'RECORD_MEETING');
  for (const [move, handler] of Object.entries(FRAMEWORK_MOVE_HANDLERS))
    add(routeOf(FrameworkCommandsController, handler), FRAMEWORK_PROCESS.kind, move);
  for (const [move, handler] of Object.entries(INITIATIVE_MOVE_HANDLERS)) add(routeOf(InitiativesController, handler), INITIATIVE_PROCESS.kind, move);
  add(routeOf(PartnershipsController, 'create'), PARTNERSHIP_PROCESS.kind, 'START');
  add(routeOf(InitiativesController, 'submit'), INITIATIVE_PROCESS.kind, 'START');
  add(routeOf(FrameworksController, 'create'), FRAMEWORK_PROCESS.kind, 'START');
  // The records' commands are the API's own (no workflow decides them), counted as the moves of their case.
  add(routeOf(DocumentsController, 'uploadToPartnership'), PARTNERSHIP_PROCESS.kind, 'REGISTER_HANDLING');
  add(routeOf(DocumentsController, 'uploadToFramework'), FRAMEWORK_PROCESS.kind, 'REGISTER_HANDLING');
  add(routeOf(DocumentsController, 'diarienummerOfPartnership'), PARTNERSHIP_PROCESS.kind, 'SET_DIARIENUMMER');
  add(routeOf(DocumentsController, 'diarienummerOfFramework'), FRAMEWORK_PROCESS.kind, 'SET_DIARIENUMMER');
  return table;
}

function withoutTrailingSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}
