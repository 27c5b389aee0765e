import { PrivacyError } from '../../../bot/src/domain/errors';
import { findPersonalNumbers, guardPersonalNumbers, luhnValid } from '../../../bot/src/domain/privacy';
import { seededRandom } from '../../helpers/seeded-random';

const rnd = seededRandom(20261122);
const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function checkDigit(nine: string): number {
  for (let c = 0; c <= 9; c++) if (luhnValid(`${nine}${c}`)) return c;
  throw new Error('no check digit');
}

/** A valid number in every spelling the guard must catch. */
function validNumber(coordination: boolean): { spellings: string[] } {
  const year = int(1905, 2025);
  const month = int(1, 12);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = int(1, last) + (coordination ? 60 : 0);
  const yymmdd = `${pad(year % 100)}${pad(month)}${pad(day)}`;
  const serial = pad(int(0, 999), 3);
  const ten = `${yymmdd}${serial}${checkDigit(yymmdd + serial)}`;
  const twelve = `${String(year).slice(0, 2)}${ten}`;
  return {
    spellings: [ten, `${ten.slice(0, 6)}-${ten.slice(6)}`, `${ten.slice(0, 6)}+${ten.slice(6)}`, twelve, `${twelve.slice(0, 8)}-${twelve.slice(8)}`],
  };
}

const wrappers = [
  (n: string) => n,
  (n: string) => `Brukaren med personnummer ${n} föll i korridoren.`,
  (n: string) => `pnr: ${n}, rum 12`,
  (n: string) => `(${n})`,
  (n: string) => `Se anteckning om ${n}.`,
  (n: string) => `Anhörig ringde om ${n}\nefter lunch`,
];

/** Ordinary text of a care unit: dates, times, phone numbers, rooms, amounts, counts. */
function ordinarySentence(): string {
  const date = () =>
    pick([
      `${int(2024, 2027)}-${pad(int(1, 12))}-${pad(int(1, 28))}`,
      `${int(1, 28)}/${int(1, 12)}`,
      `${int(1, 28)} ${pick(['januari', 'mars', 'maj', 'oktober'])} ${int(2024, 2027)}`,
      `${int(2024, 2027)}${pad(int(1, 12))}${pad(int(1, 28))}`,
    ]);
  const time = () =>
    pick([`${pad(int(6, 21))}:${pick(['00', '15', '30', '45'])}`, `kl. ${int(6, 21)}.${pick(['00', '30'])}–${int(6, 21)}.${pick(['00', '30'])}`]);
  const phone = () =>
    pick([
      `07${int(0, 9)}-${int(100, 999)} ${int(10, 99)} ${int(10, 99)}`,
      `08-${int(100, 999)} ${int(100, 999)} ${int(10, 99)}`,
      `+46 7${int(0, 9)} ${int(100, 999)} ${int(10, 99)} ${int(10, 99)}`,
      `031-${int(1000000, 9999999)}`,
      `07${int(0, 9)}${int(1000000, 9999999)}`,
    ]);
  const room = () =>
    pick([`rum ${int(1, 40)}`, `rum ${int(100, 1999)}`, `avdelning ${int(1, 6)}${pick(['A', 'B', ''])}`, `lägenhet ${int(1000, 1999)}`]);
  const amount = () => pick([`${int(1, 99)} ${int(100, 999)} kr`, `${int(100, 99999)},${pad(int(0, 99))} kr`, `${int(1000, 9999999)} kr`]);
  return pick([
    () => `Träffen ${date()} ${time()} i ${room()}.`,
    () => `Ring sjuksköterskan på ${phone()} om larmet inte fungerar.`,
    () => `Inköp av ${int(2, 40)} duschpallar för ${amount()} beslutades ${date()}.`,
    () => `Nattpersonalen når jouren på ${phone()} mellan ${time()}.`,
    () => `Avvikelse nr ${int(1, 999)}/${int(2024, 2027)}: ${int(3, 17)} fall under ${pick(['oktober', 'november'])}, mest i ${room()}.`,
    () => `Budget för aktiviteter: ${amount()}, uppföljning ${date()}.`,
    () => `Kontakta ${pick(['Bengt', 'Cecilia'])} på ${phone()} före ${date()} ${time()}.`,
    () => `Vi var ${int(6, 10)} av ${int(8, 12)} på mötet ${date()}, ${int(45, 120)} minuter.`,
  ])();
}

describe('the privacy guard (personnummer and samordningsnummer)', () => {
  it('catches 100 % of valid numbers in every spelling (10 and 12 digits, with -, + or none), in running text', () => {
    let total = 0;
    let caught = 0;
    for (let i = 0; i < 2000; i++) {
      const coordination = i % 4 === 0;
      for (const spelling of validNumber(coordination).spellings) {
        const text = pick(wrappers)(spelling);
        total++;
        const found = findPersonalNumbers(text);
        if (found.length === 1 && found[0]!.text === spelling && found[0]!.kind === (coordination ? 'samordningsnummer' : 'personnummer')) caught++;
      }
    }
    expect(total).toBe(10_000);
    expect(caught / total).toBe(1);
  });

  it('raises at most 1 % false alarms on ordinary text with dates, times, phone numbers, rooms and amounts', () => {
    const corpus = Array.from({ length: 10_000 }, ordinarySentence);
    const alarms = corpus.filter((s) => findPersonalNumbers(s).length > 0);
    if (process.env.PRIVACY_REPORT) process.stdout.write(`false alarms: ${alarms.length} of ${corpus.length}\n`);
    // The only spelling that can alarm is a 10-digit mobile number written without spaces whose digits
    // happen to form a date with a passing check digit; it is refused, as a real number would be.
    expect(alarms.length / corpus.length).toBeLessThanOrEqual(0.01);
    expect(alarms.every((s) => /07\d{8}/.test(s))).toBe(true);
  });

  it('does not read a wrong check digit, an impossible date or a longer digit run as a number', () => {
    expect(findPersonalNumbers('19121212-1212')).toHaveLength(1); // Skatteverket's test number
    expect(findPersonalNumbers('19121212-1213')).toEqual([]);
    expect(findPersonalNumbers('121312-1210')).toEqual([]); // month 13
    expect(findPersonalNumbers('19000230-0000')).toEqual([]); // 30 February
    expect(findPersonalNumbers('2191212121212')).toEqual([]); // 13 digits
    expect(findPersonalNumbers('konto 8327-9121212-1212')).toEqual([]);
  });

  it('refuses with the field and the 1-based characters, checking fields in order', () => {
    const error = (() => {
      try {
        guardPersonalNumbers({ title: 'Fall i korridoren', problem: 'Brukare 19121212-1212 föll.' });
      } catch (e) {
        return e;
      }
    })() as PrivacyError;
    expect(error).toBeInstanceOf(PrivacyError);
    expect(error.field).toBe('problem');
    expect(error.params).toEqual({ field: 'problem', from: 9, to: 21, text: '19121212-1212' });
    expect(() => guardPersonalNumbers({ title: 'Larm 13:00', problem: 'ring 070-123 45 67' })).not.toThrow();
  });
});
