/**
 * Whether an API at `apiUrl` is ready (PostgreSQL and Temporal answer: `/health` is 200) and a worker polls its task
 * queue. The health report names the worker's polling as a condition of its own (`conditions.workerPolling`), which
 * its status code does not follow: a stack that starts workers must wait for that condition, not for the 200 alone.
 */
export async function engineHealthy(apiUrl: string): Promise<true | undefined> {
  const response = await fetch(`${apiUrl}/health`, { signal: AbortSignal.timeout(5000) });
  const body = (await response.json().catch(() => ({}))) as { conditions?: { workerPolling?: { status?: string } } };
  return (response.status === 200 && body.conditions?.workerPolling?.status === 'up') || undefined;
}
