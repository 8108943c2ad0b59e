import type { Person } from '../../domain/types';

/** The fictional people of the demo: you, your teammates, and the colleagues who send requests. */
export const demoUser: Person = { name: 'Avery Chen', email: 'avery.chen@contoso.example' };

export const teammates = {
  sam: { name: 'Sam Rivera', email: 'sam.rivera@contoso.example' },
  noor: { name: 'Noor Aziz', email: 'noor.aziz@contoso.example' },
} as const satisfies Record<string, Person>;

export const customers = {
  priya: { name: 'Priya Natarajan', email: 'priya.natarajan@contoso.example' },
  jonas: { name: 'Jonas Weber', email: 'jonas.weber@contoso.example' },
  amira: { name: 'أميرة حداد (Amira Haddad)', email: 'amira.haddad@contoso.example' },
  liam: { name: "Liam O'Brien", email: "liam.o'brien@contoso.example" },
  yuki: { name: '田中 由紀 (Yuki Tanaka)', email: 'yuki.tanaka@contoso.example' },
  grace: { name: 'Grace Okafor', email: 'grace.okafor@contoso.example' },
  // Colleagues who write in Finnish, Persian and Chinese: their requests, and Kept's messages to
  // them, are in their language.
  aino: { name: 'Aino Virtanen', email: 'aino.virtanen@contoso.example' },
  sara: { name: 'سارا احمدی', email: 'sara.ahmadi@contoso.example' },
  wang: { name: '王芳', email: 'wang.fang@contoso.example' },
} as const satisfies Record<string, Person>;

export const demoTeamName = 'Data Platform';
