import type { MessageTemplate } from '../index';

export const meeting = {} satisfies Record<string, MessageTemplate>;
