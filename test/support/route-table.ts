import type { INestApplication } from '@nestjs/common';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { POLICY_KEY, PolicyName } from '../../apps/api/src/identity/policy';
import { PROCESS_ROUTE_KEY, ProcessRouteOptions } from '../../apps/api/src/identity/process-route';

export interface Route {
  method: string;
  path: string;
  policy: PolicyName | undefined;
  /** The kind of process and the path parameter the route declares (`@ProcessRoute`), if any. */
  process: Pick<ProcessRouteOptions, 'kind' | 'param'> | undefined;
}

/** Every route the application serves, read from Nest's own controllers, so that a new route is tested unasked. */
export function routeTable(app: INestApplication): Route[] {
  const routes: Route[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | undefined;
      if (!controller?.prototype) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name as keyof object] as unknown;
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const path = `/${[base, String(Reflect.getMetadata(PATH_METADATA, handler) ?? '')].filter(Boolean).join('/')}`
          .replace(/\/+/g, '/')
          .replace(/\/$/, '');
        const policy = (Reflect.getMetadata(POLICY_KEY, handler) ?? Reflect.getMetadata(POLICY_KEY, controller)) as PolicyName | undefined;
        const process = (Reflect.getMetadata(PROCESS_ROUTE_KEY, handler) ?? Reflect.getMetadata(PROCESS_ROUTE_KEY, controller)) as
          ProcessRouteOptions | undefined;
        routes.push({ method: RequestMethod[method], path, policy, process: process && { kind: process.kind, param: process.param } });
      }
    }
  }
  return routes;
}
