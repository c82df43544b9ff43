export * from './connection-options';
export * from './search-attributes';
export * from './temporal-client.module';
