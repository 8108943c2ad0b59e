import type { MessageTemplate } from '../index';

export const shell = {} satisfies Record<string, MessageTemplate>;
