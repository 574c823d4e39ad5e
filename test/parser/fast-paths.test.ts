// The parser's fast paths must give exactly what their plain definitions give: the per-character
// fold table vs whole-string folding, the table-driven tokenizer vs the TOKEN_RE grammar, the request
// clean-up vs its regular expressions, and the triage rules' pre-checks vs what their patterns match.
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charTables, fold, foldString, someWord, tokenize, TOKEN_RE, WHITE_SPACE_CODES } from '../../src/parser/text.ts';
import { tidy, tidyByRegex, tidyCut } from '../../src/parser/tidy.ts';
import { arabiziKinEnd, distractCue, DISTRACT_RE, findIds, ownCue, OTHER_CUE_HINT, OTHER_CUE_MORE_RE, OTHER_CUE_RE, OTHER_MORE_HINT, OWN_CUE_RE } from '../../src/parser/id.ts';
import { boundedRuleMismatches, foldScanned, rulePrechecks, triage } from '../../src/parser/triage.ts';

const CORPUS = new URL('../../../shared/corpus/sms-dev.jsonl', import.meta.url);

const PIECES = [
  'a', 'Z', 'İ', 'I', 'ı', 'i', 'ş', 'Ş', 'ğ', 'Ç', 'ö', 'Ü', 'ê', 'Î', 'û', 'x', 'Σ', 'σ', 'ς', 'Α', 'Ж', 'ж',
  'ا', 'أ', 'ة', 'ى', 'ک', 'ی', '٣', '۷', '0', '9', "'", '’', '‘', '`', '´', 'ʼ', '\u0307', ' ', '\t', '\n',
  '\u00a0', '\u2028', '\u3000', '.', ',', ':', '-', '/', '+', '😀', '\ud800', 'ẞ', 'Ａ', 'ǅ', 'ﻻ', '\u200b',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));
const anyText = fc.oneof(text, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));
// Longer than a word (another way of building the folded string), starting with a byte-order mark or not.
const longText = fc
  .tuple(fc.constantFrom('', '\ufeff'), fc.array(fc.constantFrom(...PIECES, '\ufeff', '\uffff'), { minLength: 10, maxLength: 300 }))
  .map(([bom, a]) => bom + a.join(''));

function reference(s: string) {
  const out: { kind: string; text: string; start: number; end: number }[] = [];
  const re = new RegExp(TOKEN_RE.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const kind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'num' : m[3] !== undefined ? 'nl' : 'punct';
    out.push({ kind, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

describe('parser fast paths', () => {
  it('fold equals whole-string folding', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(fold(s)).toBe(foldString(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('fold equals whole-string folding on longer text', () => {
    fc.assert(
      fc.property(longText, (s) => {
        expect(fold(s)).toBe(foldString(s));
      }),
      { numRuns: 1000 },
    );
  });

  // parseMessage folds and scans for the triage literals in one pass: the same fold, the same triage.
  it('fold while scanning equals fold, and triage of it equals triage after a scan of its own', () => {
    const withRules = fc
      .array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom('kocam beni dovuyor ', 'Annem 80 yaşında ', 'ŞİDDET yok ', 'acil', 'sağır ', 'Σ', 'ben 12 yasinda ')), { maxLength: 60 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(longText, withRules, anyText), (s) => {
        const f = foldScanned(s);
        expect(f).toBe(fold(s));
        const once = triage(f);
        // (The scan is used once: this one scans the text again.)
        expect(once).toEqual(triage(fold(s)));
      }),
      { numRuns: 3000 },
    );
  });

  it('fold of every single UTF-16 unit equals whole-string folding', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (fold(s) !== foldString(s)) expect([c, fold(s)]).toEqual([c, foldString(s)]);
    }
  });

  it("the tokenizer's character tables are its character classes, for every UTF-16 unit", () => {
    const { definitions, ...tables } = charTables();
    for (const [name, table] of Object.entries(tables)) {
      const re = definitions[name] as RegExp;
      const wrong = table.flatMap((v, c) => (v === re.test(String.fromCharCode(c)) ? [] : [c]));
      expect([name, wrong]).toEqual([name, []]);
    }
  });

  it('word tokens carry the Kurmanji/Turkish marks of their letters', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        for (const t of tokenize(s, fold(s))) {
          if (t.kind !== 'word') continue;
          const want = (/[êîûÊÎÛ]/.test(t.text) ? 1 : 0) | (/[ığöüİĞÖÜ]/.test(t.text) ? 2 : 0);
          expect([t.text, t.marks]).toEqual([t.text, want]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('findIds reads the same digit groups from the number tokens as from the folded text', () => {
    const parts = ['1', '0', '5', '9', '٣', '۷', '١٢٣', ' ', '.', '-', ' - ', '\u00a0', 'tc ', 'kimlik no: ', 'tel ', '+90 ', 'annemin tc ', 'a', 'ş', "'"];
    const digits = fc.array(fc.constantFrom(...parts), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(digits, anyText), (s) => {
        const f = fold(s);
        expect(findIds(f, tokenize(s, f))).toEqual(findIds(f));
      }),
      { numRuns: 3000 },
    );
  });

  it('WHITE_SPACE_CODES are the code units /\\s/ matches', () => {
    const all = Array.from({ length: 0x10000 }, (_, c) => c).filter((c) => /\s/.test(String.fromCharCode(c)));
    expect([...WHITE_SPACE_CODES].sort((a, b) => a - b)).toEqual(all);
  });

  it('tokenize gives the TOKEN_RE tokens', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const got = tokenize(s, fold(s)).map((t) => ({ kind: t.kind, text: t.text, start: t.start, end: t.end }));
        expect(got).toEqual(reference(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('request clean-up and word test', () => {
  const MESSY = [
    ' ', ' ', ' ', '\t', '\u00a0', '\n', '\r', '\u2000', '\u3000', '\ufeff', ',', ',', '.', ';', ':', ':', '!', '?',
    '-', '–', '/', '|', 'a', 'ş', 'İ', 'x', "'", '1', '😀', '\ud800', '\udc00', '\ufeff',
  ];
  const messy = fc.oneof(fc.array(fc.constantFrom(...MESSY), { maxLength: 40 }).map((a) => a.join('')), fc.string({ maxLength: 40 }));

  it('tidy equals its regex definition', () => {
    fc.assert(
      fc.property(messy, (s) => {
        expect(tidy(s)).toBe(tidyByRegex(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('tidyCut equals tidy of the text with each cut as one space', () => {
    const cut = messy.chain((s) =>
      fc.tuple(fc.constant(s), fc.array(fc.tuple(fc.nat(s.length), fc.nat(8)), { maxLength: 4 }).map((spans) => spans.sort((x, y) => x[0] - y[0]))),
    );
    fc.assert(
      fc.property(cut, ([s, spans]) => {
        // The request builder: the text before each cut, one space, on after the cut.
        let built = '';
        let pos = 0;
        for (const [a, len] of spans) {
          if (a > pos) built += s.slice(pos, a);
          built += ' ';
          pos = Math.max(pos, Math.min(s.length, a + len));
        }
        built += s.slice(pos);
        const cuts = spans.flatMap(([a, len]) => [a, Math.min(s.length, a + len)]);
        expect(tidyCut(s, cuts)).toBe(tidyByRegex(built));
      }),
      { numRuns: 5000 },
    );
  });

  it('tidy keeps long text with lone surrogates as it is', () => {
    const long = `${'ab \ud800 '.repeat(2000)}x`;
    expect(tidy(long)).toBe(tidyByRegex(long));
  });

  it('someWord answers as a test of the tokenized words would, seeing only their words and folded bases', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 5 }), (s, m) => {
        const words = tokenize(s, fold(s)).filter((t) => t.kind === 'word').map((t) => `${t.text}|${t.base}`);
        // A test that passes for some words and not others, recording what it is shown.
        const seen: string[] = [];
        const test = (w: string, base: string) => (seen.push(`${w}|${base}`), (w.length + base.charCodeAt(0)) % m === 0);
        const reference = words.some((x) => {
          const [w, base] = x.split('|') as [string, string];
          return (w.length + base.charCodeAt(0)) % m === 0;
        });
        expect(someWord(s, test)).toBe(reference);
        for (const x of seen) expect(words).toContain(x);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('triage pre-checks', () => {
  // Every match of a rule must hold one of its anchor literals and one of its closing literals, or
  // skipping the rule when they are missing would change a score.
  const rules = rulePrechecks();
  const pieces = [...new Set(rules.flatMap((r) => [...r.anchors, ...r.also]))];
  const glue = [' ', ' ', '', '.', ',', '1', '7', '12', '65', '80', '9', 'a', 'im', 'ler', 'yasinda', 'sali', 'beni ', 'degil'];
  const phrase = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...glue)), { maxLength: 12 }).map((a) => a.join(''));
  const corpus = existsSync(CORPUS)
    ? readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((l) => fold((JSON.parse(l) as { text: string }).text))
    : [];

  const check = (text: string) => {
    for (const r of rules) {
      if (!r.re.test(text)) continue;
      expect([r.re.source, r.anchors.some((a) => text.includes(a))]).toEqual([r.re.source, true]);
      if (r.also.length > 0) expect([r.re.source, r.also.some((a) => text.includes(a))]).toEqual([r.re.source, true]);
      if (r.age.length > 0) expect([r.re.source, r.age.some((a) => text.includes(a))]).toEqual([r.re.source, true]);
    }
  };

  it('every rule has anchors', () => {
    for (const r of rules) expect([r.re.source, r.anchors.length > 0]).toEqual([r.re.source, true]);
  });
  it('hold on the dev corpus', () => {
    for (const text of corpus) check(text);
  });
  it('hold on phrases made of the rules’ own literals', () => {
    fc.assert(fc.property(phrase, check), { numRuns: 5000 });
  });

  // A rule's search starts at the first occurrence of its trigger literals and stops after the last
  // (or is one sticky match where they allow one place only): the same matches as a search of the whole text.
  const impaired = ['sagir', 'lal', 'kerr', 'dilsiz', 'isitme engelli', 'duymuyor', 'صماء', 'اصم'];
  const blanked = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...glue), fc.constantFrom(...impaired)), { maxLength: 14 }).map((a) => a.join(''));
  it('bounded rule searches score as whole-text ones (dev corpus)', () => {
    for (const text of corpus) expect([text, boundedRuleMismatches(text)]).toEqual([text, []]);
  });
  it('bounded rule searches score as whole-text ones (phrases of the rules’ literals, blanked impairments)', () => {
    fc.assert(fc.property(fc.oneof(phrase, blanked), (text) => {
      expect([text, boundedRuleMismatches(text)]).toEqual([text, []]);
    }), { numRuns: 5000 });
  });
});

describe('ID cue pre-check', () => {
  // The text before an ID runs OWN_CUE_RE / DISTRACT_RE only when its last letters could end a cue, and
  // a plain cue word ("tc") there is taken without the pattern: the same answers as the patterns.
  const agree = (pre: string) => {
    expect([pre, ownCue(pre)]).toEqual([pre, OWN_CUE_RE.test(pre)]);
    expect([pre, distractCue(pre)]).toEqual([pre, DISTRACT_RE.test(pre)]);
  };
  it('the own and distracting cue tests answer as their patterns (pieces of the cues)', () => {
    const parts = [
      't', 'c', 'tc', 't.c.', 'T.C', 'tckn', 'tck', 'kimlik', 'kimligi', 'kimliginiz', 'kimli', 'numaram', 'numarasi', 'numarası', 'numara',
      'no', 'nosu', 'num', 'hejmara', 'id', 'km', 'كملك', 'الكملك', 'الهويه', 'هويه', 'الهوية', 'هوية', 'abone', 'abonelik', 'dosya', 'tel',
      'telefon', 'gsm', 'cep', 'whatsapp', 'sgk', 'vergi', 'seri', 'si', 'i', 'm', 'nin', 'in', 'niz', "'", ' ', '  ', '\t', '\n', '\u00a0',
      ':', '.', '=', '-', '_', 'x', 'a', 'k', 'g', '1', 'é', 'ı',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 10 }).map((a) => a.join('')), (s) => {
        agree(s);
      }),
      { numRuns: 20000 },
    );
  });
  it('the own and distracting cue tests answer as their patterns (dev corpus, every place)', () => {
    if (!existsSync(CORPUS)) return;
    for (const line of readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean)) {
      const f = fold((JSON.parse(line) as { text: string }).text);
      for (let k = 0; k <= f.length; k++) agree(f.slice(Math.max(0, k - 40), k));
    }
  });

  it("someone else's ID said otherwise (babalarının kimlik no, TC ya dayika min, كملك امي, kimlik akhoya) always holds its hint", () => {
    const parts = ['babalari', 'annesi', 'esi', 'nin', 'nun', 'in', 'un', ' ', '\t', 'tc', 'kimlik', 'no', 'ya', 'dayika', 'min', 'كملك', 'امي', '.', ':', 'x', 'akhoya', 'emmi', 'taba3', 'teta'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 10 }).map((a) => a.join('')), (s) => {
        if (OTHER_CUE_MORE_RE.test(s)) expect(OTHER_MORE_HINT.test(s) || arabiziKinEnd(s)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("someone else's ID cue (annemin TC'si) always holds its hint", () => {
    const parts = ['annem', 'babam', 'kayinpederim', 'cocuklarim', 'in', 'un', 'nin', 'nun', ' ', '  ', '\t', '\n', 't.c.', 'tc', 'tckn', 'kimlik', "'", 'si', 'nosu', 'numarasi', 'no', 'x', '1'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 10 }).map((a) => a.join('')), (s) => {
        if (OTHER_CUE_RE.test(s)) expect(OTHER_CUE_HINT.test(s)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
