import type { rules as english } from '../en/rules';
import type { Translation } from '../index';
import { countPhrase, type MessageParams, num, percent, wholePercent, withDates } from '../wording';

// Tila-, riski-, ehdotus- ja mittarisääntöjen sanamuodot (suomi).

export const rules = {
  'rules.status.awaiting-acknowledgement': 'Odottaa kuittausta',
  'rules.status.on-track': 'Aikataulussa',
  'rules.status.update-due': 'Päivityksen aika',
  'rules.status.at-risk': 'Vaarassa',
  'rules.status.overdue': 'Myöhässä',
  'rules.status.delivered': 'Toimitettu',
  'rules.status.cancelled': 'Peruttu',

  'rules.statusHint.awaiting-acknowledgement': 'Asiakas ei ole vielä saanut vastausta: kuittaa pyyntö.',
  'rules.statusHint.awaiting-acknowledgement-breached':
    'Pyyntöä ei kuitattu tiimin palvelutason mukaisesti {hours} työtunnin kuluessa.',
  'rules.statusHint.on-track': 'Kaikki etenee aikataulussa.',
  'rules.statusHint.update-due': 'Asiakkaalle on aika kertoa, miten työ etenee.',
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
    (p, date) => `”${String(p.stepText)}” piti olla valmis ${date('dueDate')} mennessä, mutta se on kesken.`,
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

  'rules.metric.total': 'Sitoumukset',
  'rules.metric.promisesKept': 'Pidetyt lupaukset',
  'rules.metric.promisesKept.hint': 'Jaksolla toimitetut, viimeistään asiakkaalle luvattuna päivänä.',
  'rules.metric.deliveredEarly': 'Toimitettu etuajassa',
  'rules.metric.deliveredEarly.hint': 'Jaksolla ennen luvattua päivää toimitetut.',
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
