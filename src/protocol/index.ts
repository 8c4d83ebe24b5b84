export * from './messages';
export * from './validate';
export * from './card-layout';
export * from './queries';
export * from './island-node';
