import type { common as english } from '../en/common';
import type { Translation } from '../index';

/** Kaikkien näkymien yhteiset sanat (suomi). */
export const common = {
  'common.appName': 'Kept',
  'common.save': 'Tallenna',
  'common.cancel': 'Peruuta',
  'common.close': 'Sulje',
  'common.retry': 'Yritä uudelleen',
  'common.loading': 'Ladataan…',
  'common.copy': 'Kopioi',
  'common.copied': 'Kopioitu',
  'common.clearSelection': 'Tyhjennä valinta',
  'common.error.not-found': 'Tätä sitoumusta ei ole enää. Joku muu on ehkä poistanut sen.',
  'common.error.conflict':
    'Joku muu muutti tätä sitoumusta sillä aikaa, kun muokkasit sitä. Muutoksesi ovat tallessa alla: tarkista ne ja tallenna uudelleen.',
  'common.error.throttled': 'Microsoft 365 pyysi hidastamaan. Muutoksesi on jonossa ja tallennetaan hetken kuluttua.',
  'common.error.unauthorized':
    'Et ole kirjautunut sisään, tai kirjautumisesi on vanhentunut. Kirjaudu uudelleen; kirjoittamasi teksti säilyy.',
  'common.error.forbidden':
    'Sinulla ei ole oikeutta tämän tiimin sitoumuksiin. Pyydä tiimin omistajaa lisäämään sinut tiimiin.',
  'common.error.offline':
    'Olet offline-tilassa. Muutoksesi on tallennettu tälle laitteelle, ja se lähetetään, kun yhteys palaa.',
  'common.error.invalid': 'Osaa tiedoista ei voitu lukea. {detail}',
  'common.error.unavailable':
    'Kept ei juuri nyt pysty avaamaan tallennustilaansa tällä laitteella ({detail}). Sulje muut Kept-välilehdet ja yritä uudelleen; tekstisi säilyy.',
  'common.error.quota': 'Tämän laitteen tallennustila on täynnä. Vapauta tilaa ja yritä uudelleen; tekstisi säilyy.',
  'common.error.reminder':
    'Microsoft To Do hylkäsi Keptin muistutustehtävän. Sitoumus on tallennettu; salli Keptin käyttää To Do -sovellusta (Tasks.ReadWrite) tai valitse toinen muistutustapa tiimin asetuksista.',
  'common.error.unknown': 'Jokin meni vikaan: {detail}. Kirjoittamasi teksti säilyy; yritä uudelleen.',
} satisfies Translation<typeof english>;
