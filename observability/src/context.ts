import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line of a unit of work carries: set once at the edge, read everywhere below. */
export interface WorkContext {
  correlationId?: string;
  tenantId?: string;
  cellId?: string;
  userId?: string;
}

const storage = new AsyncLocalStorage<WorkContext>();

export function runWithContext<T>(context: WorkContext, fn: () => T): T {
  return storage.run({ ...context }, fn);
}

export function getContext(): WorkContext | undefined {
  return storage.getStore();
}

/** Adds to the current context, for example the tenant once the Host has been resolved. */
export function setContextValues(values: Partial<WorkContext>): void {
  const store = storage.getStore();
  if (store) Object.assign(store, values);
}
