import type { merge as english } from '../en/merge';
import type { Translation } from '../index';
import { plural } from '../wording';

/** Kaksi ihmistä muokkaa samaa asiaa: toisen tallennus yhdistetään lomakkeeseen (suomi). */
export const merge = {
  'merge.merged':
    'Joku muu tallensi muutoksia sillä aikaa, kun muokkasit. Hänen muutoksensa näkyvät nyt lomakkeessa, ja omasi ovat tallessa.',
  'merge.conflicts':
    'Joku muu tallensi muutoksia sillä aikaa, kun muokkasit. Hänen muutoksensa näkyvät nyt lomakkeessa, ja omasi ovat tallessa. Muutitte molemmat alla lueteltuja kohtia: valitse, kumpi säilytetään.',
  'merge.yours': 'Sinun versiosi',
  'merge.theirs': 'Toisen tallentama versio',
  'merge.empty': '(tyhjä)',
  'merge.removed': '(poistettu)',
  'merge.order': 'Vaiheiden järjestys',
  'merge.choose': 'Valitse, kumpi säilytetään.',
  'merge.chooseAll': plural({
    one: 'Valitse, kumpi arvo säilytetään kohdassa, jota muutitte molemmat, ja tallenna sitten.',
    other: 'Muutitte molemmat # kohtaa: valitse kunkin kohdalla, kumpi arvo säilytetään, ja tallenna sitten.',
  }),
} satisfies Translation<typeof english>;
