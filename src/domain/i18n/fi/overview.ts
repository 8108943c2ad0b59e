import type { overview as english } from '../en/overview';
import type { Translation } from '../index';
import { formatNumberIn, plural } from '../wording';

/** Teamsin välilehti: tiimin yleiskatsaus, omat sitoumukset, mittarit ja tiimin asetukset (suomi). */
export const overview = {
  'overview.title.team': 'Tiimin sitoumukset',
  'overview.title.mine': 'Omat sitoumukset',
  'overview.subtitle.team': '{team}',
  'overview.sections': 'Yleiskatsauksen osat',
  'overview.section.commitments': 'Sitoumukset',
  'overview.section.metrics': 'Mittarit',

  'overview.lanes.label': 'Vaatii huomiota',
  'overview.lanes.hint': 'Valitse kaista, niin näet vain sen sitoumukset. Valitse se uudelleen, niin näet kaikki.',
  'overview.lane.update-overdue': 'Päivitykset myöhässä',
  'overview.lane.at-risk': 'Vaarassa',
  'overview.lane.promise-overdue': 'Lupaukset myöhässä',
  'overview.lane.ack-breached': 'Ei kuitattu ajoissa',
  'overview.lane.reply-waiting': 'Asiakas vastasi, ei vielä vastattu',
  'overview.lane.due-this-week': 'Erääntyy tällä viikolla',
  'overview.lane.count': plural({ zero: 'ei yhtään', one: '# sitoumus', other: '# sitoumusta' }),

  'overview.filters.label': 'Suodattimet',
  'overview.search.label': 'Hae sitoumuksia',
  'overview.search.placeholder': 'Hae otsikosta, henkilöistä, aiheesta',
  'overview.search.clear': 'Tyhjennä haku',
  'overview.filter.owner': 'Vastuuhenkilö',
  'overview.filter.customer': 'Asiakas',
  'overview.filter.status': 'Tila',
  'overview.filter.any': 'Kaikki',
  'overview.filter.from': 'Luvattu alkaen',
  'overview.filter.to': 'Luvattu viimeistään',
  'overview.filter.clear': 'Tyhjennä suodattimet',
  'overview.filter.lane': 'Näytetään: {lane}',
  'overview.filter.rangeInvalid': 'Alkupäivä on loppupäivän jälkeen, joten mikään ei voi vastata hakua.',
  'overview.results': plural({
    zero: 'Yksikään sitoumus ei vastaa hakua',
    one: '# sitoumus',
    other: '# sitoumusta',
  }),
  'overview.resultsOf': (params, locale) =>
    `${formatNumberIn(locale, Number(params.count))} / ${formatNumberIn(locale, Number(params.total))} sitoumusta`,

  'overview.table.label': 'Sitoumukset',
  'overview.table.hint': 'Siirry sitoumuksesta toiseen nuolinäppäimillä ja avaa sitoumus Enter-näppäimellä.',
  'overview.table.hintSelect':
    'Siirry sitoumuksesta toiseen nuolinäppäimillä, valitse sitoumus tiimityökaluille välilyönnillä ja avaa se Enterillä.',
  'overview.select.row': 'Valitse {title}',
  'overview.select.all': 'Valitse kaikki näytetyt sitoumukset',

  'overview.tools.label': 'Tiimityökalut',
  'overview.tools.selected': plural({ zero: 'Ei valittuja', one: '# valittu', other: '# valittu' }),
  'overview.tools.clear': 'Tyhjennä valinta',
  'overview.tools.reassign': 'Siirrä toiselle…',
  'overview.tools.nudge': 'Muistuta vastuuhenkilöä…',
  'overview.tools.exportXlsx': 'Vie Exceliin',
  'overview.tools.exportCsv': 'Vie CSV-tiedostoon',
  'overview.tools.digest': 'Viikkokooste…',
  'overview.tools.views': 'Tallennetut näkymät…',
  'overview.column.title': 'Sitoumus',
  'overview.column.status': 'Tila',
  'overview.column.owner': 'Vastuuhenkilö',
  'overview.column.customer': 'Asiakas',
  'overview.column.promised': 'Luvattu',
  'overview.column.nextUpdate': 'Seuraava päivitys',
  'overview.column.sortBy': 'Lajittele: {column}',
  'overview.column.noUpdate': '—',
  'overview.row.compact': '{owner}, asiakkaalle {customer} · {date}',

  'overview.loading': 'Ladataan sitoumuksia…',
  'overview.loadingCount': plural({ one: '# sitoumus ladattu…', other: '# sitoumusta ladattu…' }),
  'overview.loadingSlow':
    'Ladataan yhä. Ison tiimin sitoumusten lataus kestää ensimmäisellä kerralla muutaman sekunnin.',
  'overview.error.title': 'Sitoumuksia ei voitu ladata',
  'overview.reading': 'Näytetään, mitä sivu näytti viimeksi; kaikkia sitoumuksia luetaan…',
  'overview.offline':
    'Olet offline-tilassa. Näet tälle laitteelle tallennetut sitoumukset; muutokset lähetetään, kun yhteys palaa.',
  'overview.pending': plural({
    one: '# muutos odottaa lähettämistä Microsoft 365:een.',
    other: '# muutosta odottaa lähettämistä Microsoft 365:een.',
  }),
  'overview.empty.team.title': 'Ei vielä sitoumuksia',
  'overview.empty.team.body':
    'Kun joku tiimissä kirjaa pyynnön Outlookin sähköpostiviestistä tai kokouksesta, se näkyy täällä tilansa kanssa.',
  'overview.empty.mine.title': 'Sinulla ei ole sitoumuksia',
  'overview.empty.mine.body': 'Outlookissa tai kokouksessa ottamasi pyynnöt näkyvät täällä kaikista tiimeistäsi.',
  'overview.empty.filtered.title': 'Ei osumia',
  'overview.empty.filtered.body': 'Yksikään sitoumus ei vastaa näitä suodattimia. Tyhjennä ne, niin näet taas kaiken.',
  'overview.linkNotFound': 'Linkin sitoumusta ei löytynyt. Se on ehkä poistettu, tai se kuuluu toiselle tiimille.',

  'overview.drawer.close': 'Sulje tiedot',
  'overview.drawer.openEmail': 'Avaa pyyntöviesti Outlookissa',
  'overview.drawer.openMeeting': 'Avaa kokous',
  'overview.drawer.noSourceLink': 'Kirjattu {kind}. Siihen ei ole linkkiä.',
  'overview.drawer.source.email': 'sähköpostiviestistä ”{subject}”',
  'overview.drawer.source.meeting': 'kokouksesta ”{subject}”',
  'overview.drawer.source.manual': 'Kirjattu käsin ilman sähköpostiviestiä tai kokousta.',
  'overview.drawer.copyLink': 'Kopioi linkki tähän sitoumukseen',
  'overview.drawer.linkCopied': 'Linkki kopioitu',
  'overview.drawer.gone': 'Tätä sitoumusta ei ole enää luettelossa. Joku on ehkä poistanut sen.',

  'overview.action.busy': 'Tallennetaan…',

  'overview.metrics.title': 'Mittarit',
  'overview.metrics.window': 'Jakso',
  'overview.metrics.window.4': 'Viimeiset 4 viikkoa',
  'overview.metrics.window.13': 'Viimeiset 13 viikkoa',
  'overview.metrics.window.26': 'Viimeiset 26 viikkoa',
  'overview.metrics.window.52': 'Viimeiset 52 viikkoa',
  'overview.metrics.groupBy': 'Näytä',
  'overview.metrics.group.team': 'Tiimi',
  'overview.metrics.group.owner': 'Henkilöittäin',
  'overview.metrics.group.customer': 'Asiakkaittain',
  'overview.metrics.loading': 'Ladataan mittareita…',
  'overview.metrics.error': 'Mittareita ei voitu laskea: {detail}',
  'overview.metrics.person': 'Henkilö',
  'overview.metrics.customer': 'Asiakas',
  'overview.metrics.none': 'Tällä jaksolla ei ole vielä toimitettu tai pyydetty mitään.',
  'overview.chart.trend.title': 'Pidetyt lupaukset viikoittain',
  'overview.chart.trend.summary': plural({
    zero: 'Ei näytettäviä viikkoja.',
    one: 'Näytetään yksi viikko. Tarkat luvut ovat kaavion alla olevassa taulukossa.',
    other: 'Näytetään # viikkoa. Tarkat luvut ovat kaavion alla olevassa taulukossa.',
  }),
  'overview.chart.trend.week': 'Viikko',
  'overview.chart.trend.kept': 'Pidetty',
  'overview.chart.trend.value': '{value} ({judged} erääntyneestä lupauksesta pidetty {kept})',
  'overview.chart.slip.title': 'Toimitukset suhteessa luvattuun päivään, arkipäivinä',
  'overview.chart.slip.summary': plural({
    zero: 'Ei toimituksia tällä jaksolla.',
    one: 'Yksi toimitus, laskettuna arkipäivinä etuajassa (−) tai myöhässä (+). Tarkat luvut ovat kaavion alla olevassa taulukossa.',
    other:
      '# toimitusta, laskettuna arkipäivinä etuajassa (−) tai myöhässä (+). Tarkat luvut ovat kaavion alla olevassa taulukossa.',
  }),
  'overview.chart.slip.days': 'Arkipäiviä suhteessa lupaukseen',
  'overview.chart.slip.count': 'Toimitukset',
  'overview.chart.showData': 'Näytä luvut',
  'overview.chart.hideData': 'Piilota luvut',
  'overview.chart.bar': '{label}: {value}',

  'overview.settings.open': 'Tiimin asetukset',
  'overview.settings.title': 'Palvelutasot',
  'overview.settings.explain':
    'Nämä palvelutasot koskevat kaikkia tiimissä {team}. Kept nostaa niiden avulla esiin sen, mikä vaatii huomiota.',
  'overview.settings.ackHours': 'Pyynnön kuittausaika (työtunteja, {min}–{max})',
  'overview.settings.cadence': 'Asiakkaan päivitysväli (arkipäiviä, {min}–{max})',
  'overview.settings.buffer': 'Oletuspuskuri tavoitepäivän ja luvatun päivän välillä (arkipäiviä, {min}–{max})',
  'overview.settings.reminders': 'Muistuta omistajaa seuraavasta päivityksestä ja lupauksesta',
  'overview.settings.reminders.hint':
    'Omistajan Outlook tai To Do muistuttaa, kun asiakkaan seuraava päivitys erääntyy; toimitus merkitsee muistutuksen valmiiksi.',
  'overview.settings.reminders.outlookFlag': 'Outlookin seurantamerkintä pyyntöviestiin',
  'overview.settings.reminders.todoTask': 'Microsoft To Do -tehtävä',
  'overview.settings.reminders.off': 'Ei muistutuksia',
  'overview.settings.range': 'Anna kokonaisluku väliltä {min}–{max}.',
  'overview.settings.saved': 'Tiimin palvelutasot tallennettiin.',
  'overview.settings.conflict':
    'Joku muu muutti tiimin asetuksia sillä aikaa, kun muokkasit niitä. Arvosi ovat yhä tässä: vertaa niitä nykyisiin ja tallenna uudelleen.',
  'overview.settings.current':
    'Nykyiset: kuittaus {ack} tunnin kuluessa, päivitys {cadence} päivän välein, puskuri {buffer} päivää.',
  'overview.settings.loadFailed': 'Tiimin asetuksia ei voitu ladata: {detail}',

  'overview.config.title': 'Lisää Kept tähän kanavaan',
  'overview.config.intro':
    'Sitoumukset-välilehti näyttää kaiken, mitä tiimisi on luvannut sisäisille asiakkailleen, ja sen, mikä vaatii huomiota nyt:',
  'overview.config.point.lanes':
    'myöhässä olevat päivitykset, vaarassa olevat tai myöhästyneet lupaukset sekä pyynnöt, joita ei kuitattu ajoissa',
  'overview.config.point.table':
    'taulukon kaikista sitoumuksista, ja voit suodattaa sitä vastuuhenkilön, asiakkaan, tilan ja päivän mukaan',
  'overview.config.point.metrics': 'sen, miten hyvin tiimi pitää lupauksensa viikosta toiseen.',
  'overview.config.storage':
    'Sitoumukset tallennetaan tämän tiimin SharePoint-sivustolle. Mikään ei poistu organisaatiosi Microsoft 365 -ympäristöstä.',
  'overview.config.ready': 'Lisää välilehti valitsemalla Tallenna.',
  'overview.config.connecting': 'Yhdistetään Teamsiin…',
  'overview.config.outside':
    'Microsoft Teams käyttää tätä sivua, kun lisäät Kept-välilehden kanavaan. Avaa se Teamsista tai kokeile yleiskatsausta selaimessasi.',
  'overview.config.openOverview': 'Avaa yleiskatsaus',
  'overview.config.saveFailed': 'Välilehteä ei voitu tallentaa: {detail}. Valitse Tallenna uudelleen.',
  'overview.config.tabName': 'Sitoumukset',
} satisfies Translation<typeof english>;
