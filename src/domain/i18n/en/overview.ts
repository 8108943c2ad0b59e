import type { MessageTemplate } from '../index';

export const overview = {} satisfies Record<string, MessageTemplate>;
