import { join } from 'node:path';
import { FAILURE_CONVERTER_PATH } from './data-converter';

/**
 * What every bundle of the workflows is made from (the build's, the tests', a worker without a prebuilt bundle),
 * given the project's root: the workflows' sources, the failure converter, and the modules preloaded once per V8
 * context.
 *
 * The SDK's reusable V8 context evaluates a workflow's modules again for each workflow it creates, so that no
 * module state leaks from one to the next. The domain lib has no state to leak (pure rules over their arguments, no
 * module-level variables, nothing from the workflow API), so it is preloaded: evaluated and frozen once, shared by
 * every workflow, instead of its 130-odd modules evaluated at each partnership's first task and each replay.
 */
export function workflowBundleOptions(root: string): { workflowsPath: string; failureConverterPath: string; preloadModules: string[] } {
  return {
    workflowsPath: join(root, 'workflows', 'index.ts'),
    // The workflows turn their own errors into failures: with the worker's converter, so that they are encrypted too.
    failureConverterPath: FAILURE_CONVERTER_PATH,
    preloadModules: preloadedWorkflowModules(root),
  };
}

/** The modules preloaded, in the tree under `root` (the sources, or dist): the domain lib's folder, as the workflows import it. */
export function preloadedWorkflowModules(root: string): string[] {
  return [join(root, 'libs', 'domain', 'src')];
}
