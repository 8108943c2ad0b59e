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
  'taskpane.create.neededBy': 'Tarvitaan viimeistään (valinnainen)',
  'taskpane.create.neededByHint':
    'Asiakkaan oma päivä, jos hän kertoi sellaisen (”Talous sulkee kirjanpidon 5. päivä”).',
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

  'taskpane.form.fixErrors': plural({
    one: 'Yksi kenttä vaatii huomiotasi ennen tallentamista.',
    other: '# kenttää vaatii huomiotasi ennen tallentamista.',
  }),

  'taskpane.edit.heading': 'Muokkaa suunnitelmaa',
  'taskpane.edit.intro':
    'Muuta vaiheita, valmiin määritelmää, tarkastajaa, päiviä tai päivitysväliä. Valmiiksi merkityt vaiheet pysyvät valmiina.',
  'taskpane.edit.stepDone': 'Vaihe {n} (valmis)',
  'taskpane.edit.save': 'Tallenna muutokset',

  // The demo inbox's conversation (standalone only): simulate a reply arriving or send one.
  'taskpane.demo.thread': 'Tämän keskustelun vastaukset',
  'taskpane.demo.simulate':
    'Kokeile: vastaus saapuu tai lähetät itse vastauksen, kuten Outlookissa. Kept lukee keskustelun.',
  'taskpane.demo.customerReply': 'Vastaus lähettäjältä {name}',
  'taskpane.demo.sampleReply': 'Kiitos! Uusi päivä sopii meille.',
  'taskpane.demo.receive': 'Vastaanota vastaus lähettäjältä {name}',
  'taskpane.demo.ownReply': 'Vastauksesi vastaanottajalle {name}',
  'taskpane.demo.sampleOwnReply':
    'Lyhyt tilannepäivitys: ensimmäinen vaihe on valmis, ja loput etenevät suunnitelman mukaan.',
  'taskpane.demo.send': 'Lähetä vastauksesi',
} satisfies Translation<typeof english>;
