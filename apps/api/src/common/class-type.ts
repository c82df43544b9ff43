/** A class, as reflection takes it (a DTO, a controller): what `Function` meant here, without admitting any function. */
export type ClassType = abstract new (...args: never[]) => unknown;
