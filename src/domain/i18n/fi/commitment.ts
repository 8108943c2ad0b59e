import type { commitment as english } from '../en/commitment';
import type { Translation } from '../index';

/** Sitoumus sellaisena kuin tehtäväruutu ja yleiskatsauksen tiedot sen näyttävät (suomi). */
export const commitment = {
  'commitment.owner': 'Vastuuhenkilö',
  'commitment.customer': 'Asiakas',
  'commitment.promised': 'Luvattu',
  'commitment.proposed': 'Ehdotettu',
  'commitment.proposedValue': '{date}, odottaa asiakkaan vastausta',
  'commitment.neededBy': 'Tarvitaan viimeistään',
  'commitment.target': 'Tavoite',
  'commitment.checker': 'Tarkastaja',
  'commitment.messageLanguage': 'Viestien kieli',
  'commitment.nextUpdate': 'Seuraava päivitys',
  'commitment.relative': ' ({when})',
  'commitment.acknowledgeBy': 'Kuittaa viimeistään',
  'commitment.delivered': 'Toimitettu',
  'commitment.plan': 'Suunnitelma',
  'commitment.noSteps': 'Suunnitelmassa ei ole vaiheita.',
  'commitment.stepDue': '{date} mennessä',
  'commitment.criteria': 'Valmis, kun:',
  'commitment.history': 'Historia',
  'commitment.history.fromReply': 'Kirjattu vastauksesta, jonka {customer} lähetti {date}',
  'commitment.feedback': 'Asiakkaan palaute: {rating}/5.',
} satisfies Translation<typeof english>;
