import type { MessageTemplate } from '../index';

export const taskpane = {} satisfies Record<string, MessageTemplate>;
