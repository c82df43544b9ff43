// Every workflow the worker registers; the bundler starts from this file.
export { partnershipWorkflow } from './partnership/partnership.workflow';
export { frameworkAgreementWorkflow } from './framework/framework.workflow';
export { initiativeWorkflow } from './initiative/initiative.workflow';
