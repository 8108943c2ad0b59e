import type { MessageTemplate } from '../index';

export const domain = {} satisfies Record<string, MessageTemplate>;
