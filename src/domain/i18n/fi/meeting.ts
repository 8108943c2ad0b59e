import type { meeting as english } from '../en/meeting';
import type { Translation } from '../index';
import { plural } from '../wording';

/** Kokouksen tarkistuslista: Teams-kokouksen sivupaneeli ja tietovälilehti, Outlookin kokousruutu (suomi). */
export const meeting = {
  'meeting.heading': 'Tämän kokouksen lupaukset',
  'meeting.when': '{subject} · {when}',
  'meeting.noKey':
    'Tallenna kokous ensin. Kept löytää kokouksen lupaukset sen tunnuksen avulla, ja uusi kokous saa tunnuksen, kun se tallennetaan.',
  'meeting.findingKeys': 'Etsitään tätä kokousta kalenteristasi…',
  'meeting.noKeySignIn': 'Kept tarvitsee Microsoft 365 -kirjautumisen tunnistaakseen tämän kokouksen.',

  'meeting.add.heading': 'Lisää lupaus',
  'meeting.add.title': 'Mitä luvattiin',
  'meeting.add.titlePlaceholder': 'esim. Lähetä Q3-luvut',
  'meeting.add.customer': 'Kenelle',
  'meeting.add.customerPlaceholder': 'Valitse osallistuja tai kirjoita sähköpostiosoite',
  'meeting.add.customerList': 'Näytä osallistujat',
  'meeting.add.customerInvalid': 'Valitse osallistuja tai kirjoita sähköpostiosoite, esimerkiksi nimi@contoso.com.',
  'meeting.add.pickersFailed':
    'Osallistujaluetteloita ei voitu ladata. Kirjoita kenttään ”Kenelle” osallistujan nimi tai sähköpostiosoite; lupaus kirjataan sinun antamaksesi. Lataa sivu uudelleen, niin voit valita luetteloista.',
  'meeting.add.owner': 'Kuka lupasi',
  'meeting.add.me': '{name} (minä)',
  'meeting.add.date': 'Luvattu viimeistään',
  'meeting.add.suggested': 'Ehdotus: {date}. {explanation}',
  'meeting.add.submit': 'Lisää lupaus',
  'meeting.add.keyboard': 'Enter lisää lupauksen.',
  'meeting.add.added': 'Lisätty ”{title}” asiakkaalle {customer}, {date} mennessä.',

  'meeting.list.count': plural({ zero: 'Ei vielä lupauksia', one: '# lupaus', other: '# lupausta' }),
  'meeting.list.empty': 'Mitään ei ole vielä luvattu. Lisää ensimmäinen lupaus yllä: otsikko ja nimi riittävät.',
  'meeting.list.tickHint': 'Merkitse lupaus, kun se on toimitettu. Toimitettu lupaus pysyy toimitettuna.',
  'meeting.row.summary': '{owner} lupasi asiakkaalle {customer}, {date} mennessä',
  'meeting.row.deliveredOn': 'Toimitettu {date}',
  'meeting.row.steps': plural({ one: '{done}/# vaihe valmiina', other: '{done}/# vaihetta valmiina' }),
  'meeting.row.openInOverview': 'Avaa yleiskatsauksessa',

  'meeting.deliver.group': 'Merkitse ”{title}” toimitetuksi',
  'meeting.deliver.note': 'Toimitusviesti (valinnainen)',
  'meeting.deliver.defaultNote': 'Valmis, kuten kokouksessa ”{subject}” luvattiin.',
  'meeting.deliver.final': 'Tämä kirjaa toimituksen. Merkintää ei voi poistaa jälkeenpäin.',
  'meeting.deliver.confirm': 'Merkitse toimitetuksi',
  'meeting.deliver.done': '”{title}” merkittiin toimitetuksi.',

  'meeting.plan.add': 'Lisää suunnitelma',
  'meeting.plan.edit': 'Muokkaa suunnitelmaa',
  'meeting.plan.heading': 'Suunnitelma: ”{title}”',
  'meeting.plan.steps': 'Vaiheet',
  'meeting.plan.noSteps': 'Ei vielä vaiheita.',
  'meeting.plan.step': 'Vaihe {n}',
  'meeting.plan.stepDue': 'Vaihe {n} valmiina viimeistään',
  'meeting.plan.stepDone': 'Vaihe {n} (valmis)',
  'meeting.plan.removeStep': 'Poista vaihe {n}',
  'meeting.plan.addStep': 'Lisää vaihe',
  'meeting.plan.criteria': 'Valmis, kun…',
  'meeting.plan.criteriaHint': 'Mitä asiakas tarkistaa, jotta kaikki ovat samaa mieltä siitä, milloin työ on valmis.',
  'meeting.plan.target': 'Tavoitepäivä (sisäinen)',
  'meeting.plan.promised': 'Luvattu päivä',
  'meeting.plan.save': 'Tallenna suunnitelma',
  'meeting.plan.saved': 'Suunnitelma ”{title}” tallennettiin.',
  'meeting.plan.conflictKept':
    'Joku muu muutti tätä lupausta sillä välin. Suunnitelmasi on yhä tässä, nyt heidän versionsa pohjalta: tarkista se ja tallenna uudelleen.',

  'meeting.recap.send': 'Lähetä yhteenveto',
  'meeting.recap.postToChat': 'Julkaise yhteenveto kokouksen keskustelussa',
  'meeting.recap.hint': plural({
    one: 'Laatii sähköpostin # osallistujalle. Siinä luetellaan kaikki lupaukset vastuuhenkilöineen ja päivineen.',
    other: 'Laatii sähköpostin # osallistujalle. Siinä luetellaan kaikki lupaukset vastuuhenkilöineen ja päivineen.',
  }),
  'meeting.recap.empty': 'Yhteenvedossa luetellaan lupaukset; lisää ensin yksi.',

  'meeting.refresh.now': 'Tarkista muutokset',
  'meeting.refresh.checking': 'Tarkistetaan muutoksia…',
  'meeting.refresh.updated': 'Ajan tasalla klo {time}',
  'meeting.refresh.failed': 'Muiden tekemiä muutoksia ei voitu tarkistaa. {detail}',
} satisfies Translation<typeof english>;
