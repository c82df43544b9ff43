export * from './connection-options';
export * from './search-attributes';
export * from './temporal-client.module';
export * from './data-converter';
export * from './encryption-codec';
export * from './payload-keys';
export * from './history-decoding';
export * from './startup-check';
