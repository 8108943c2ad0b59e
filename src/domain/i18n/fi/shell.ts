import type { shell as english } from '../en/shell';
import type { Translation } from '../index';
import { plural } from '../wording';

/** Itsenäinen esittely, sovelluksen kehys ja luonnosikkuna (suomi). */
export const shell = {
  'shell.draft.title': 'Luonnos asiakkaallesi',
  'shell.draft.title.colleague': 'Luonnos henkilölle {name}',
  'shell.draft.title.attendees': 'Luonnos kokouksen osallistujille',
  'shell.draft.title.team': 'Luonnos tiimillesi',
  'shell.draft.explain':
    'Outlook ei ole käytettävissä tässä, joten Kept näyttää luonnoksen. Muokkaa sitä, kopioi se ja lähetä se sähköpostiohjelmastasi.',
  'shell.draft.to': 'Vastaanottaja: {recipients}',
  'shell.draft.body': 'Viesti',
  'shell.draft.copy': 'Kopioi viesti',
  'shell.draft.copyFailed': 'Selain esti kopioinnin. Valitse teksti ja kopioi se itse.',
  'shell.storage.local': 'Tallennettu tälle laitteelle',
  'shell.storage.demo': 'Esittelytiedot, tallennettu tähän selaimeen',
  'shell.storage.synthetic': plural({
    one: 'Synteettiset tiedot: # luotu sitoumus omassa tietokannassaan',
    other: 'Synteettiset tiedot: # luotua sitoumusta omassa tietokannassaan',
  }),
  'shell.dataset.synthetic': plural({
    one: 'Tällä sivulla on # synteettinen sitoumus kuormitustestausta varten. Se pidetään erillään esittelytiedoistasi, jotka ovat ennallaan.',
    other:
      'Tällä sivulla on # synteettistä sitoumusta kuormitustestausta varten. Ne pidetään erillään esittelytiedoistasi, jotka ovat ennallaan.',
  }),
  'shell.dataset.showDemo': 'Näytä omat esittelytietoni',
  'shell.reset.synthetic': 'Luo synteettiset tiedot uudelleen',
  'shell.reset.syntheticConfirm': 'Korvataanko synteettiset sitoumukset uusilla? Esittelytietoihisi ei kosketa.',
  'shell.problems.title': 'Kaikkia sitoumuksia ei voida näyttää',
  'shell.problems.unreadable': plural({
    one: '# kohde tiimin Kept-luettelossa on muokattu Keptin ulkopuolella, eikä sitä voi lukea (sarake {columns}). Se jätetään pois muuttamattomana, kunnes joku korjaa sen SharePointissa.',
    other:
      '# kohdetta tiimin Kept-luettelossa on muokattu Keptin ulkopuolella, eikä niitä voi lukea (sarakkeet {columns}). Ne jätetään pois muuttamattomina, kunnes joku korjaa ne SharePointissa.',
  }),
  'shell.problems.teams': plural({
    other: 'Sitoumuksia ei voitu ladata # tiimistäsi: {reasons}',
  }),
  'shell.problems.notSetUp': plural({
    one: 'Keptiä ei ole vielä otettu käyttöön tiimissä {teams}, joten siitä ei ole näytettävää. Tiimin jäsen ottaa Keptin käyttöön avaamalla sen tiimissä; täältä ei luoda mitään.',
    other:
      'Keptiä ei ole vielä otettu käyttöön # tiimissäsi ({teams}), joten niistä ei ole näytettävää. Kunkin tiimin jäsen ottaa Keptin käyttöön avaamalla sen tiimissä; täältä ei luoda mitään.',
  }),
  'shell.problems.messages.title': 'Seurantamerkintää ei voi säilyttää',
  'shell.problems.messageMissing': plural({
    one: 'Sitoumuksen {titles} sähköpostiviesti ei ole enää postilaatikossasi (se on poistettu tai siirretty arkistoon), joten Kept ei voi säilyttää sen Outlook-seurantamerkintää. Itse sitoumus on ennallaan.',
    other:
      '# sitoumuksen ({titles}) sähköpostiviestit eivät ole enää postilaatikossasi (poistettu tai siirretty arkistoon), joten Kept ei voi säilyttää niiden Outlook-seurantamerkintöjä. Itse sitoumukset ovat ennallaan.',
  }),
  'shell.auth.redirecting': 'Kirjaudutaan Microsoft 365:een… Tämä ikkuna sulkeutuu itsestään.',
  'shell.auth.redirectFailed': 'Kirjautuminen ei onnistunut ({detail}). Sulje tämä ikkuna ja yritä uudelleen Keptissä.',
  'shell.auth.relayTitle': 'Kirjaudu Microsoft 365:een',
  'shell.auth.relayExplain':
    'Kept avaa Microsoftin kirjautumisen uuteen ikkunaan. Kun olet valmis, molemmat ikkunat sulkeutuvat ja Kept jatkaa.',
  'shell.auth.relayContinue': 'Jatka kirjautumiseen',
  'shell.auth.relayWaiting': 'Odotetaan Microsoftin kirjautumisikkunaa…',
  'shell.storage.pending': plural({ one: '# muutos odottaa lähettämistä', other: '# muutosta odottaa lähettämistä' }),
  'shell.storage.offline': 'offline-tilassa',
  'shell.storage.graph': 'Tallennettu tiimin {team} sivustolle (Microsoft 365)',
  'shell.storage.graphAllTeams': 'Tallennettu tiimiesi sivustoille (Microsoft 365)',
  'shell.notice.graph-not-configured':
    'Tähän Kept-asennukseen ei ole määritetty Microsoft 365 -kirjautumista, joten sitoumukset tallennetaan vain tälle laitteelle. Järjestelmänvalvojasi voi ottaa sen käyttöön (katso käyttöönotto-ohje).',
  'shell.team.title': 'Valitse tiimisi',
  'shell.team.intro':
    'Kept säilyttää sitoumuksesi tiimisi sivustolla, jotta tiimikaverisikin näkevät ne. Valitse tiimi, jonka kanssa hoidat pyyntöjä. Valitset vain kerran, ja Outlook muistaa valinnan kaikilla laitteillasi.',
  'shell.team.label': 'Tiimisi',
  'shell.team.none':
    'Et ole minkään Microsoft Teamsin tiimin jäsen. Pyydä tiimin omistajaa lisäämään sinut ja yritä sitten uudelleen.',
  'shell.team.use': 'Käytä tätä tiimiä',
  'shell.team.loading': 'Haetaan tiimejäsi…',
  'shell.team.saveFailed': 'Outlook ei pystynyt tallentamaan valintaasi: {detail}. Yritä uudelleen.',
  'shell.crash.title': 'Tämä näkymä lakkasi toimimasta',
  'shell.crash.body':
    'Tallennetut sitoumuksesi ja keskeneräiset lomakkeesi ovat tallessa. Lataa sivu uudelleen ja yritä uudelleen. ({detail})',
  'shell.startFailed.title': 'Kept ei käynnistynyt',
  'shell.startFailed.retry': 'Yritä uudelleen',
  'shell.notice.outlook-unavailable':
    'Outlookiin ei saatu yhteyttä, joten Kept toimii itsenäisesti esittelytiedoilla. Avaa se Outlookista, niin voit käsitellä omaa postiasi.',
  'shell.notice.no-teams':
    'Et ole minkään Microsoft Teamsin tiimin jäsen, joten tänne lisäämäsi tiedot tallennetaan vain tälle laitteelle eivätkä tiimikaverisi näe niitä. Pyydä tiimin omistajaa lisäämään sinut tiimiisi.',
  'shell.notice.teams-unavailable':
    'Teamsiin ei saatu yhteyttä, joten Kept toimii itsenäisesti esittelytiedoilla. Avaa se Teamsista, niin näet tiimisi.',
  'shell.nav.label': 'Keptin näkymät',
  'shell.nav.home': 'Aloitus',
  'shell.nav.taskpane': 'Outlookin tehtäväruutu',
  'shell.nav.overview': 'Tiimin yleiskatsaus',
  'shell.nav.mine': 'Omat sitoumukset',
  'shell.nav.meeting': 'Kokouksen tarkistuslista',
  'shell.banner': 'Esittelytila',
  'shell.pageTitle': '{page} — Kept',
  'shell.theme.label': 'Teema',
  'shell.theme.light': 'Vaalea',
  'shell.theme.dark': 'Tumma',
  'shell.theme.high-contrast': 'Suuri kontrasti',
  'shell.reset': 'Palauta esittelytiedot',
  'shell.reset.confirm': 'Korvataanko kaikki tämän selaimen tiedot alkuperäisillä esittelytiedoilla?',
  'shell.reset.action': 'Palauta',
  'shell.inbox.title': 'Saapuneet',
  'shell.inbox.calendar': 'Kalenteri',
  'shell.inbox.label': 'Esittelypostilaatikko ja -kalenteri',
  'shell.inbox.pick': 'Valitse sähköpostiviesti tai kokous, niin Kept avautuu siihen kuten Outlookissa.',
  'shell.inbox.covered': 'Kept',
  'shell.pane.title': 'Kept',
  'shell.pane.label': 'Keptin tehtäväruutu',
  'shell.meetings.title': 'Kokoukset',
  'shell.meetings.label': 'Esittelykokoukset',
  'shell.meetings.panel': 'Kokouksen sivupaneeli',
  'shell.meetings.pick': 'Valitse kokous, niin näet, mitä siinä luvattiin.',
  'shell.home.title': 'Kept – pidä lupaukset, jotka annat sisäisille asiakkaillesi',
  'shell.home.intro':
    'Kept on siellä, minne pyynnöt saapuvat. Liitä pyyntöviestiin toimintasuunnitelma, lupaa päivä puskurilla, jonka tiimisi on ansainnut, pidä asiakas ajan tasalla, kerro riskeistä ajoissa, toimita ja kysy, miten onnistuit.',
  'shell.home.taskpane':
    'Outlookin tehtäväruutu pyyntöviestin vieressä: suunnitelma, päivät, tilannepäivitykset, riskit, toimitus ja palaute.',
  'shell.home.overview':
    'Teamsin välilehti: myöhässä olevat päivitykset, vaarassa olevat sitoumukset, myöhässä olevat lupaukset, kuittaamattomat pyynnöt ja mittarit.',
  'shell.home.meeting': 'Kokouksen sivupaneeli: tarkistuslista kokouksessa annetuista lupauksista sekä yhteenveto.',
  'shell.home.open': 'Avaa',
  'shell.home.local':
    'Tämä esittely toimii kokonaan selaimessasi. Muutoksesi tallennetaan tänne (IndexedDB), eikä mitään lähde tältä laitteelta.',
  'shell.teams.open': plural({ zero: 'Teams (simuloitu)', other: 'Teams (simuloitu) · #' }),
  'shell.reminders.open': 'Outlook ja To Do (simuloitu)',
} satisfies Translation<typeof english>;
