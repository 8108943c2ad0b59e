import type { rules as english } from '../en/rules';
import type { Translation } from '../index';
import { countPhrase, isolate, type MessageParams, num, percent, wholePercent, withDates } from '../wording';

// Tila-, riski-, ehdotus- ja mittarisääntöjen sanamuodot (suomi).

export const rules = {
  'rules.status.awaiting-acknowledgement': 'Odottaa kuittausta',
  'rules.status.on-track': 'Aikataulussa',
  'rules.status.update-due': 'Päivitys myöhässä',
  'rules.status.at-risk': 'Vaarassa',
  'rules.status.overdue': 'Myöhässä',
  'rules.status.delivered': 'Toimitettu',
  'rules.status.cancelled': 'Peruttu',

  'rules.statusHint.awaiting-acknowledgement': 'Asiakas ei ole vielä saanut vastausta: kuittaa pyyntö.',
  'rules.statusHint.awaiting-acknowledgement-breached':
    'Pyyntöä ei kuitattu tiimin palvelutason mukaisesti {hours} työtunnin kuluessa.',
  'rules.statusHint.on-track': 'Kaikki etenee aikataulussa.',
  'rules.statusHint.update-due': 'Tilannepäivitys asiakkaalle on myöhässä.',
  'rules.statusHint.at-risk': 'Luvattu päivä on vaarassa: kerro asiakkaalle ajoissa.',
  'rules.statusHint.overdue': withDates((_, date) => `Luvattu päivä ${date('promisedDate')} on jo mennyt.`),
  'rules.statusHint.delivered': 'Toimitettu asiakkaalle.',
  'rules.statusHint.cancelled': 'Peruttu.',

  'rules.delivery.early': 'Toimitettu etuajassa',
  'rules.delivery.on-time': 'Toimitettu ajallaan',
  'rules.delivery.late': 'Toimitettu myöhässä',

  'rules.risk.target-after-promised': withDates(
    (_, date) => `Tavoitepäivä (${date('targetDate')}) on luvatun päivän (${date('promisedDate')}) jälkeen.`,
  ),
  'rules.risk.step-overdue': withDates(
    (p, date, locale) =>
      `”${isolate(String(p.stepText), locale)}” piti olla valmis ${date('dueDate')} mennessä, mutta se on kesken.`,
  ),
  'rules.risk.not-enough-time': (p: MessageParams, locale: string) => {
    const steps = countPhrase(
      { one: '# vaihe on vielä tekemättä', other: '# vaihetta on vielä tekemättä' },
      p.openSteps,
      locale,
    );
    const left = countPhrase(
      {
        zero: 'luvattuun päivään ei ole enää yhtään arkipäivää',
        one: 'luvattuun päivään on vain # arkipäivä',
        other: 'luvattuun päivään on vain # arkipäivää',
      },
      p.businessDaysLeft,
      locale,
    );
    return `${steps}, ja ${left}.`;
  },
  'rules.risk.flagged': 'Merkitty vaarassa olevaksi: {note}',
  'rules.risk.flagged-no-note': 'Merkitty käsin vaarassa olevaksi.',
  'rules.risk.concern-open':
    'Riski-ilmoitus on avoinna: ”{risk}”. Se pysyy avoinna, kunnes suljet sen tai asiakas hyväksyy uuden päivän.',
  'rules.risk.concern-open-proposed': withDates(
    (p, date, locale) =>
      `Riski-ilmoitus on avoinna: ”${isolate(String(p.risk), locale)}”. Ehdotit päivää ${date('proposedDate')}; asiakas ei ole vielä vastannut, joten alkuperäinen lupaus on voimassa.`,
  ),
  'rules.risk.off-track-update': withDates(
    (_, date) =>
      `Viimeisin tilannepäivityksesi kertoi asiakkaalle, ettei työ ole aikataulussa (${date('promisedDate')}).`,
  ),
  'rules.risk.after-needed-by': withDates(
    (_, date) =>
      `Luvattu ${date('promisedDate')}, eli myöhemmin kuin ${date('neededBy')}, jolloin asiakas kertoi tarvitsevansa sen.`,
  ),
  'rules.reasons.overdue': 'Miksi myöhässä',
  'rules.reasons.at-risk': 'Miksi vaarassa',
  'rules.reasons.update-due': 'Miksi päivitys on myöhässä',
  'rules.reasons.other': 'Vaatii huomiota',
  'rules.reason.overdue': withDates((p, date, locale) =>
    Number(p.days) === 0
      ? `Lupaus ${date('promisedDate')} umpeutui tämän päivän työajan päättyessä, eikä sitä ole toimitettu.`
      : `Lupaus ${date('promisedDate')} umpeutui ${countPhrase({ one: '# arkipäivä', other: '# arkipäivää' }, p.days, locale)} sitten, eikä sitä ole toimitettu.`,
  ),
  'rules.reason.update-late': withDates((p, date, locale) =>
    Number(p.days) === 0
      ? `Tilannepäivitys asiakkaalle piti lähettää tämän päivän työajan loppuun mennessä (${date('dueDate')}), eikä sitä ole lähetetty.`
      : `Tilannepäivitys asiakkaalle piti lähettää ${date('dueDate')}: se on ${countPhrase({ one: '# arkipäivän', other: '# arkipäivää' }, p.days, locale)} myöhässä.`,
  ),

  'rules.update.overdue': 'Tilannepäivitys asiakkaalle on myöhässä.',

  'rules.suggestion.history': (p: MessageParams, locale: string) =>
    Number(p.bufferDays) === 0
      ? `Tavoitepäivä sellaisenaan: tiimin ${num(p.sampleSize, locale)} viimeisimmästä toimituksesta ${percent(p.percentile, locale)} valmistui viimeistään tavoitepäivänä.`
      : countPhrase({ one: 'Tavoite + # arkipäivä', other: 'Tavoite + # arkipäivää' }, p.bufferDays, locale) +
        `: tiimin ${num(p.sampleSize, locale)} viimeisimmästä toimituksesta ${percent(p.percentile, locale)} myöhästyi tavoitteestaan enintään tämän verran.`,
  'rules.suggestion.history-capped': (p: MessageParams, locale: string) =>
    countPhrase({ one: 'Tavoite + # arkipäivä', other: 'Tavoite + # arkipäivää' }, p.bufferDays, locale) +
    `, enempää Kept ei ehdota: tiimin ${num(p.sampleSize, locale)} viimeisintä toimitusta myöhästyivät enemmän (${percent(p.percentile, locale)} enintään ${num(p.observedDays, locale)} arkipäivää).`,
  'rules.suggestion.default': (p: MessageParams, locale: string) =>
    countPhrase({ one: 'Tavoite + # arkipäivä', other: 'Tavoite + # arkipäivää' }, p.bufferDays, locale) +
    `, tiimin oletuspuskuri, kunnes ${num(p.minHistory, locale)} toimitusta antaa Keptille paremman arvion (tähän mennessä ${num(p.sampleSize, locale)}).`,
  'rules.suggestion.fromToday': withDates(
    (_, date) => `Tavoitepäivä (${date('target')}) on jo mennyt, joten puskuri lasketaan tästä päivästä.`,
  ),
  'rules.suggestion.afterNeededBy': withDates(
    (_, date) =>
      `Se on myöhemmin kuin ${date('neededBy')}, jolloin asiakas tarvitsee sen: sovi päivästä asiakkaan kanssa tai suunnittele nopeampi tapa.`,
  ),
  'rules.suggestion.fromTodayHistory': (p: MessageParams, locale: string) =>
    `${countPhrase({ one: '# arkipäivä', other: '# arkipäivää' }, p.workDays, locale)} työhön ja lisäksi ${countPhrase({ one: '# arkipäivä', other: '# arkipäivää' }, p.bufferDays, locale)} puskuria, jonka Kept on oppinut tiimin ${num(p.sampleSize, locale)} viimeisimmästä toimituksesta.`,
  'rules.suggestion.fromTodayDefault': (p: MessageParams, locale: string) =>
    `${countPhrase({ one: '# arkipäivä', other: '# arkipäivää' }, p.workDays, locale)} työhön ja lisäksi tiimin oletuspuskuri, ${countPhrase({ one: '# arkipäivä', other: '# arkipäivää' }, p.bufferDays, locale)}.`,
  'rules.suggestion.defaultInUse': (p: MessageParams, locale: string) =>
    `Käytössä, kunnes tiimillä on ${num(p.minHistory, locale)} toimitusta (tähän mennessä ${num(p.sampleSize, locale)}); sen jälkeen Kept oppii puskurin siitä, kuinka myöhässä aiemmat toimitukset olivat.`,
  'rules.suggestion.defaultReplaced': (p: MessageParams, locale: string) =>
    `Ei enää käytössä: tiimillä on ${num(p.sampleSize, locale)} toimitusta (${num(p.minHistory, locale)} riittää), joten Kept ehdottaa niistä oppimaansa puskuria, ${countPhrase({ one: '# arkipäivä', other: '# arkipäivää' }, p.bufferDays, locale)}.`,

  'rules.metric.total': 'Sitoumukset',
  'rules.metric.promisesKept': 'Pidetyt lupaukset',
  'rules.metric.promisesKept.hint':
    'Jaksolla erääntyneistä lupauksista se osuus, joka toimitettiin viimeistään luvattuna päivänä. Lupaus, jonka päivä meni ohi ilman toimitusta, lasketaan rikotuksi.',
  'rules.metric.deliveredEarly': 'Toimitettu etuajassa',
  'rules.metric.deliveredEarly.hint':
    'Jaksolla erääntyneistä lupauksista se osuus, joka toimitettiin ennen luvattua päivää.',
  'rules.metric.renegotiatedInTime': 'Ajoissa uudelleen sovitut',
  'rules.metric.renegotiatedInTime.hint':
    'Uudet päivät, jotka asiakas hyväksyi ennen kuin vanha päivä meni ohi. Ne lasketaan erikseen: ne eivät ole pidettyjä eivätkä rikottuja lupauksia.',
  'rules.metric.verified': 'Toimitettu ja tarkastettu',
  'rules.metric.verified.hint':
    'Jakson toimituksista, joille on nimetty tarkastaja, se osuus, jonka tarkastaja hyväksyi hyväksymisehtojen mukaan.',
  'rules.metric.updatesOnTime': 'Päivitykset ajallaan',
  'rules.metric.updatesOnTime.hint':
    'Tilannepäivitykset ja riski-ilmoitukset, jotka lähtivät viimeistään eräpäivänä. Lähettämättä jäänyt erääntynyt päivitys lasketaan myöhästyneeksi.',
  'rules.metric.concernsInTime': 'Riskeistä kerrottu ajoissa',
  'rules.metric.concernsInTime.hint':
    'Myöhästyneistä lupauksista ne, joiden riskistä asiakas kuuli ennen alkuperäistä päivää.',
  'rules.metric.medianHoursToAcknowledge': 'Kuittausajan mediaani',
  'rules.metric.medianHoursToAcknowledge.hint': 'Työtunteja pyynnöstä ensimmäiseen vastaukseen.',
  'rules.metric.averageSatisfaction': 'Tyytyväisyys',
  'rules.metric.averageSatisfaction.hint': 'Jaksolla saadun palautteen keskimääräinen arvio (1–5).',
  'rules.metric.deliveredCount': 'Toimitettu',
  'rules.metric.feedbackCount': 'Palautteita saatu',
  'rules.metric.notMeasured': 'Ei vielä mitattavaa',
  'rules.metric.keptOf': (p: MessageParams, locale: string) =>
    `${percent(p.value, locale, 0)} (${num(p.kept, locale)} pidetty, ${num(p.broken, locale)} rikottu)`,
  'rules.metric.verifiedOf': (p: MessageParams, locale: string) =>
    `${percent(p.value, locale, 0)} (${num(p.count, locale)})`,
  'rules.metric.count': (p: MessageParams, locale: string) => num(Number(p.count), locale),
  'rules.metric.percent': wholePercent,
  'rules.metric.hours': (p: MessageParams, locale: string) =>
    countPhrase({ one: '# työtunti', other: '# työtuntia' }, Math.round(Number(p.hours) * 10) / 10, locale),
  'rules.metric.rating': (p: MessageParams, locale: string) => `${num(Number(p.value), locale)} / 5`,
  'rules.metric.slip': (p: MessageParams, locale: string) => {
    const days = Number(p.days);
    if (days === 0) return 'Luvattuna päivänä';
    const text = countPhrase({ one: '# arkipäivä', other: '# arkipäivää' }, Math.abs(days), locale);
    return days < 0 ? `${text} etuajassa` : `${text} myöhässä`;
  },
  'rules.metric.weekOf': withDates((_, date) => `Viikko alkaen ${date('weekStart')}`),
} satisfies Translation<typeof english>;
