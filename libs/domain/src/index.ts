// Pure domain rules shared by the workflows and the apps. Nothing here may import Nest, TypeORM or Node APIs,
// read the clock or draw random numbers: workflow code runs it and must stay deterministic.
export * from './kernel';
export * from './partnership';
export * from './partnership/available-moves';
export * from './appeal-window';
export * from './organisation-number';
export * from './swedish-holidays';
export * from './process-kind';
export * from './text';
export * from './text-ref';
export * from './framework';
export * from './legal-frame';
export * from './initiative';
export * from './records';
