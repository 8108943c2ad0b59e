// This surface's strings join the catalog when its code loads (see src/domain/i18n/en/index.ts).
// Every file of the surface that words something imports this module for that side effect.
import { registerMessages } from '../../domain/i18n';
import { meeting } from '../../domain/i18n/en/meeting';

registerMessages(meeting);
