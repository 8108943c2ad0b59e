import type { taskpane as english } from '../en/taskpane';
import type { Translation } from '../index';
import { plural } from '../wording';

/** Outlookin tehtäväruutu (suomi). */
export const taskpane = {
  'taskpane.noItem':
    'Valitse sähköpostiviesti tai kokous, niin näet, mitä on luvattu, tai voit kirjata uuden sitoumuksen.',
  'taskpane.label': 'Kept: {subject}',

  'taskpane.email.listHeading': plural({
    one: '# sitoumus tässä viestissä',
    other: '# sitoumusta tässä viestissä',
  }),
  'taskpane.email.addAnother': 'Lisää uusi sitoumus',
  'taskpane.email.backToList': 'Takaisin',
  'taskpane.email.threadOffer': plural({
    one: 'Tämän keskustelun aiemmalla viestillä on jo sitoumus: ”{title}”.',
    other: 'Tämän keskustelun aiemmilla viesteillä on jo # sitoumusta, esimerkiksi ”{title}”.',
  }),
  'taskpane.email.openThread': 'Avaa se',
  'taskpane.email.openNamed': 'Avaa ”{title}”',

  'taskpane.create.heading': 'Kirjaa sitoumus',
  'taskpane.create.requestedAt': 'Pyydetty {date}',
  'taskpane.create.title': 'Mitä lupaat',
  'taskpane.create.customerName': 'Asiakkaan nimi',
  'taskpane.create.customerEmail': 'Asiakkaan sähköpostiosoite',
  'taskpane.create.plan': 'Toimintasuunnitelma',
  'taskpane.create.noSteps': 'Ei vielä vaiheita. Lisää vaiheet, jotka aiot tehdä, ja kullekin päivämäärä.',
  'taskpane.create.criteria': 'Valmis, kun…',
  'taskpane.create.criteriaHint': 'Mistä sinä ja asiakas tiedätte, että työ on valmis.',
  'taskpane.create.checkerName': 'Tarkastajan nimi (valinnainen)',
  'taskpane.create.checkerEmail': 'Tarkastajan sähköpostiosoite (valinnainen)',
  'taskpane.create.targetDate': 'Tavoitepäivä',
  'taskpane.create.targetHint': 'Oma tavoitteesi.',
  'taskpane.create.promisedDate': 'Luvattu päivä',
  'taskpane.create.promisedHint': 'Päivä, jonka kerrot asiakkaalle.',
  'taskpane.create.cadence': 'Kerro asiakkaalle tilanteesta … arkipäivän välein',
  'taskpane.create.cadenceHint': 'Tiimin palvelutaso: {days}.',
  'taskpane.create.messageLanguage': 'Asiakkaalle lähtevien viestien kieli',
  'taskpane.create.messageLanguageHint':
    'Asiakkaalle menevät luonnokset kirjoitetaan tällä kielellä, ja tehtäväruutu pysyy sinun kielelläsi. Kept ehdottaa samaa kieltä tälle asiakkaalle myöhemminkin.',
  'taskpane.create.save': 'Tallenna sitoumus',
  'taskpane.create.saving': 'Tallennetaan…',

  'taskpane.step.group': 'Vaihe {n}',
  'taskpane.step.text': 'Vaihe {n}: mitä',
  'taskpane.step.dueDate': 'Vaihe {n}: mihin mennessä',
  'taskpane.step.owner': 'Vaihe {n}: vastuuhenkilön sähköposti (valinnainen)',
  'taskpane.step.add': 'Lisää vaihe',
  'taskpane.step.moveUp': 'Siirrä vaihe {n} ylöspäin',
  'taskpane.step.moveDown': 'Siirrä vaihe {n} alaspäin',
  'taskpane.step.remove': 'Poista vaihe {n}',

  'taskpane.suggestion.label': 'Ehdotettu luvattu päivä',
  'taskpane.suggestion.line': 'Ehdotettu lupaus: {date}.',
  'taskpane.suggestion.use': 'Käytä päivää {date}',

  'taskpane.form.keptLocally': 'Kirjoittamasi teksti säilyy tällä laitteella, kunnes tallennat tai hylkäät sen.',
  'taskpane.form.notKept':
    'Tämä selain ei anna Keptin säilyttää kopiota kirjoittamastasi tekstistä: tallenna ennen kuin suljet ruudun.',
  'taskpane.form.discard': 'Hylkää',
  'taskpane.form.fixErrors': plural({
    one: 'Yksi kenttä vaatii huomiotasi ennen tallentamista.',
    other: '# kenttää vaatii huomiotasi ennen tallentamista.',
  }),

  'taskpane.view.customer': 'Asiakas',
  'taskpane.view.promised': 'Luvattu',
  'taskpane.view.target': 'Tavoite',
  'taskpane.view.checker': 'Tarkastaja',
  'taskpane.view.messageLanguage': 'Viestien kieli',
  'taskpane.view.nextUpdate': 'Seuraava päivitys',
  'taskpane.view.acknowledgeBy': 'Kuittaa viimeistään',
  'taskpane.view.updateOverdue': 'Asiakkaalle on aika lähettää tilannepäivitys: lähetä se nyt.',
  'taskpane.view.riskReasons': 'Miksi vaarassa',
  'taskpane.view.feedback': 'Asiakkaan palaute: {rating}/5.',
  'taskpane.view.plan': 'Suunnitelma',
  'taskpane.view.noSteps': 'Suunnitelmassa ei ole vaiheita.',
  'taskpane.view.stepDue': '{date} mennessä',
  'taskpane.view.criteria': 'Valmis, kun:',
  'taskpane.view.actions': 'Toiminnot',
  'taskpane.view.history': 'Historia',

  'taskpane.action.share': 'Jaa suunnitelma',
  'taskpane.action.shareAgain': 'Jaa suunnitelma uudelleen',
  'taskpane.action.update': 'Lähetä tilannepäivitys',
  'taskpane.action.concern': 'Ilmoita riskistä',
  'taskpane.action.deliver': 'Toimita',
  'taskpane.action.feedback': 'Kirjaa palaute',
  'taskpane.action.flag': 'Merkitse vaarassa olevaksi',
  'taskpane.action.clearFlag': 'Poista riskimerkintä',
  'taskpane.action.cancel': 'Peru sitoumus',
  'taskpane.action.edit': 'Muokkaa suunnitelmaa',

  'taskpane.edit.heading': 'Muokkaa suunnitelmaa',
  'taskpane.edit.intro':
    'Muuta vaiheita, valmiin määritelmää, tarkastajaa, päiviä tai päivitysväliä. Valmiiksi merkityt vaiheet pysyvät valmiina.',
  'taskpane.edit.stepDone': 'Vaihe {n} (valmis)',
  'taskpane.edit.recoveryIntro':
    'Asiakkaalle {customer} on luvattu {date}. Myöhäisempi päivä kirjataan uudelleen sovituksi: kerro siitä tilannepäivityksellä, tai valitse Ilmoita riskistä ja tarjoa vaihtoehtoja.',
  'taskpane.edit.recovery': 'Korjaava toimenpide',
  'taskpane.edit.recoveryHint': 'Mitä teet pitääksesi uuden päivän – ei sitä, kuka tai mikä on syyllinen.',
  'taskpane.edit.save': 'Tallenna muutokset',

  'taskpane.update.heading': 'Lähetä tilannepäivitys',
  'taskpane.update.intro':
    'Luonnoksessa luetellaan valmiit ja seuraavat vaiheet. Lisää kaikki, mitä asiakkaan pitää tietää.',
  'taskpane.update.onTrack': 'Onko työ yhä aikataulussa ({date})?',
  'taskpane.update.onTrackYes': 'Kyllä, aikataulussa',
  'taskpane.update.onTrackNo': 'Ei – ilmoitan riskistä',
  'taskpane.update.note': 'Viesti asiakkaalle',
  'taskpane.update.noteHint': 'Valinnainen.',
  'taskpane.update.submit': 'Avaa päivitysluonnos',

  'taskpane.concern.heading': 'Ilmoita riskistä',
  'taskpane.concern.intro': 'Kerro asiakkaalle ajoissa, ja tarjoa suunnitelma ja vaihtoehdot.',
  'taskpane.concern.risk': 'Mikä on vaarassa',
  'taskpane.concern.recovery': 'Korjaava toimenpide',
  'taskpane.concern.recoveryHint': 'Mitä teet päästäksesi takaisin aikatauluun.',
  'taskpane.concern.options': 'Vaihtoehdot asiakkaalle',
  'taskpane.concern.optionsHint': 'Vaihtoehdot, joista asiakas voi valita. Jätä tarpeettomat tyhjiksi.',
  'taskpane.concern.option': 'Vaihtoehto {n}',
  'taskpane.concern.addOption': 'Lisää vaihtoehto',
  'taskpane.concern.proposedDate': 'Ehdotettu uusi päivä (valinnainen)',
  'taskpane.concern.proposedHint': 'Nyt luvattu: {date}. Uusi päivä kirjataan uudelleen sovituksi.',
  'taskpane.concern.submit': 'Avaa riski-ilmoituksen luonnos',

  'taskpane.deliver.heading': 'Toimita',
  'taskpane.deliver.intro': 'Luonnoksessa kysytään asiakkaalta, miten palvelu onnistui.',
  'taskpane.deliver.openSteps': plural({
    one: 'Yksi vaihe on vielä merkitsemättä valmiiksi. Luonnoksessa kysytään asiakkaalta, miten palvelu onnistui.',
    other: '# vaihetta on vielä merkitsemättä valmiiksi. Luonnoksessa kysytään asiakkaalta, miten palvelu onnistui.',
  }),
  'taskpane.deliver.note': 'Toimitusviesti',
  'taskpane.deliver.noteHint': 'Mitä toimitit ja mistä sen löytää.',
  'taskpane.deliver.submit': 'Avaa toimitusluonnos',

  'taskpane.feedback.heading': 'Kirjaa palaute',
  'taskpane.feedback.intro': 'Mitä asiakas vastasi kysymykseen ”Miten onnistuimme?”',
  'taskpane.feedback.rating': 'Arvio',
  'taskpane.feedback.ratingOption': '{n}/5',
  'taskpane.feedback.comment': 'Kommentti',
  'taskpane.feedback.submit': 'Tallenna palaute',

  'taskpane.cancel.heading': 'Peru sitoumus',
  'taskpane.cancel.intro': 'Sovi perumisesta ensin asiakkaan kanssa. Syy jää historiaan.',
  'taskpane.cancel.reason': 'Syy',
  'taskpane.cancel.agreed': '{name} hyväksyi perumisen',
  'taskpane.cancel.submit': 'Peru sitoumus',

  'taskpane.flag.heading': 'Merkitse vaarassa olevaksi',
  'taskpane.flag.intro':
    'Merkitse sitoumus vaarassa olevaksi ennen kuin päivä pettää, ja ilmoita sitten riskistä asiakkaalle.',
  'taskpane.flag.note': 'Mikä huolestuttaa (valinnainen)',
  'taskpane.flag.submit': 'Merkitse vaarassa olevaksi',
} satisfies Translation<typeof english>;
