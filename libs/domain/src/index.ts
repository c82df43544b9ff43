// Pure domain rules shared by the workflows and the apps. Nothing here may import Nest, TypeORM or Node APIs,
// read the clock or draw random numbers: workflow code runs it and must stay deterministic.
export * from './refusal';
export * from './organisation-number';
export * from './phase';
export * from './participation-level';
export * from './principle';
export * from './process-kind';
export * from './partnership';
export * from './dates';
export * from './text';
export * from './text-ref';
export * from './lifecycle';
export * from './partnership/available-moves';
