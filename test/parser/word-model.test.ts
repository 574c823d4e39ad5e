import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_FILE, modelTexts, URGENCY_FILE } from '../../scripts/train-models.ts';
import { parseMessage, triageInput } from '../../src/parser/index.ts';
import { fold } from '../../src/parser/text.ts';
import { blankSpan, withoutOwnImpairment } from '../../src/parser/triage.ts';
import {
  CATEGORY_MODEL,
  categoryShares,
  featureHash,
  featureStrings,
  forEachFeatureHash,
  modelCategory,
  modelLogits,
  URGENCY_MODEL,
  urgencyLogit,
  URGENT_LOGIT,
} from '../../src/parser/word-model.ts';

const hashesOf = (folded: string, skip: readonly [number, number] | null = null) => {
  const out = new Set<number>();
  forEachFeatureHash(folded, (h) => out.add(h), skip);
  return out;
};

describe('word model features', () => {
  it('cuts words to five letters and pairs neighbours; skips one-letter and digit-only words', () => {
    expect(featureStrings(fold('Kocam beni DÖVÜYOR, 3 çocuk! 112 ama'))).toEqual([
      'u:kocam',
      'u:beni',
      'b:kocam beni',
      'u:dovuy',
      'b:beni dovuy',
      'u:cocuk',
      'b:dovuy cocuk',
      'u:ama',
      'b:cocuk ama',
    ]);
    expect(featureStrings(fold('زوجي يضربني، الآن'))).toEqual(['u:زوجي', 'u:يضربن', 'b:زوجي يضربن', 'u:الان', 'b:يضربن الان']);
  });

  it('hashes features straight from the text exactly as the feature strings hash', () => {
    const samples = ['Kocam beni dövüyor şu an evdeyim', 'ez li Wanê me, alîkarî', 'ابني مفقود من الصبح', 'a b c', '', '!!! ???'];
    for (const s of samples) expect(hashesOf(fold(s))).toEqual(new Set(featureStrings(fold(s)).map(featureHash)));
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (s) => {
        const f = fold(s);
        expect(hashesOf(f)).toEqual(new Set(featureStrings(f).map(featureHash)));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a skipped span (the sender\'s name) exactly as if it were blanked', () => {
    const t = fold('Ben Ayşe Kaya, kocam beni dövüyor');
    expect(hashesOf(t, [4, 13])).toEqual(new Set(featureStrings(blankSpan(t, [4, 13])).map(featureHash)));
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.nat(90), fc.nat(90), (s, a, b) => {
        const f = fold(s);
        const span = [Math.min(a, b, f.length), Math.min(Math.max(a, b), f.length)] as const;
        expect(hashesOf(f, span)).toEqual(new Set(featureStrings(blankSpan(f, span)).map(featureHash)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('urgency model', () => {
  it('ships the weights that training on the labelled sets makes (npm run train:models)', () => {
    const [urgency, category] = modelTexts();
    expect(readFileSync(URGENCY_FILE, 'utf8') === urgency).toBe(true);
    expect(readFileSync(CATEGORY_FILE, 'utf8') === category).toBe(true);
  }, 120_000);

  it('finds danger said in everyday words, which no phrase rule lists', () => {
    // Written for this test: none of these is in a corpus.
    const urgent = [
      'Komşumun 4 yaşındaki oğlu sabahtan beri merdiven boşluğunda oturuyor, annesi kapıyı açmıyor, çocuk üşüyor.',
      'Babam alkollü, elinde anahtar, küçük kardeşimi arabaya koydu, şimdi çıkıyorlar.',
    ];
    for (const t of urgent) expect({ t, urgent: parseMessage(t).urgent }).toEqual({ t, urgent: true });
  });

  it('leaves everyday requests alone', () => {
    const calm = [
      'Merhaba, kira yardımı başvurumun sonucu ne zaman çıkar? Ayşe Kaya Konya',
      'Engelli maaşım bu ay yatmadı, kontrol eder misiniz? Mehmet Demir',
      '65 yaş aylığı için hangi belgeler lazım? Teşekkürler',
      'Oğlum için kreş desteği var mı? Ankara Çankaya',
    ];
    for (const t of calm) expect({ t, urgent: parseMessage(t).urgent }).toEqual({ t, urgent: false });
  });

  it('overrules a lone middling cue in a question about a service, never a strong one', () => {
    // "tek başına" scores 2; the model reads a question about a meal service.
    expect(parseMessage('Evde tek başına kalan yaşlılar için belediyenin sıcak yemek servisi var mı? Babam 79 yaşında, Çorum').urgent).toBe(false);
    // "intihar" (3) lowered by "bazen" (−1) to 2, in a long question about debt: still urgent, whatever the model reads.
    const t = 'Borçlarım yüzünden bazen intihar etmeyi düşünüyorum. Belediyenin borç yapılandırma başvurusu nasıl yapılır, hangi belgeler lazım, başvuru formu nereden alınır, ödeme planı kaç taksit olur? Bilgi verirseniz sevinirim. Teşekkürler, Kayseri';
    expect(urgencyLogit(triageInput(t))).toBeLessThan(-3);
    expect(parseMessage(t).urgent).toBe(true);
  });

  it('says nothing on a line of a few words: too little evidence', () => {
    expect(urgencyLogit(triageInput('köprü'))).toBe(-Infinity);
    expect(parseMessage('Köprü').urgent).toBe(false);
  });

  it('never lowers the answer against a phrase rule that says the danger is over', () => {
    // "akrabalarda kalıyoruz" scores below zero: safe with relatives, whatever the model reads into the fire.
    const t = 'Dün gece evimiz yandı, her şeyimiz gitti. Şu an akrabalarda kalıyoruz. Eşya ve kira yardımı lazım. Giresun';
    expect(parseMessage(t).urgent).toBe(false);
  });

  it('raises the answer past a rule that says the danger is over, when it reads danger now', () => {
    // Written for this test: "tek başına yaşıyor" (−2, living alone as a fact) and "tek başına" (+2) leave 0;
    // the model reads a parent who cannot cook or take his medicine with no one to look after him.
    const t = "Babam 81 yaşında, Zile'de tek başına yaşıyor, ben İstanbul'da çalışıyorum. Yemeğini yapamıyor, ilaçlarını alamıyor, bakan kimse yok. Ne yapabiliriz? Oğlu Murat Şen";
    expect(urgencyLogit(triageInput(t))).toBeGreaterThanOrEqual(URGENT_LOGIT);
    expect(parseMessage(t).urgent).toBe(true);
  });

  it('decides from its threshold (p ≥ 0.27)', () => {
    expect(1 / (1 + Math.exp(-URGENT_LOGIT))).toBeCloseTo(0.27, 2);
  });
});

describe('category model', () => {
  it('names the case where the rules find none', () => {
    // Written for this test, in no corpus: the rules score only a weak cue (a grandfather; a school).
    const cases = [
      ['Dedem Kıbrıs harekâtına katılmış, madalyası ve beratı var, torunlarına bir hak düşer mi?', 'sehit_gazi'],
      ['Oğlumun okul servis ücretini ödeyemiyoruz, okula gidemiyor, öğretmeni de devamsızlıktan sınıfta kalacak dedi. Van', 'cocuk'],
    ] as const;
    for (const [t, category] of cases) expect({ t, category: parseMessage(t).category }).toEqual({ t, category });
  });

  it('reads the same log-odds from the joint table as from each model’s own', () => {
    const texts = readFileSync(new URL('./corpus/own-a.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => fold((JSON.parse(l) as { text: string }).text));
    texts.push(fold('köprü'), fold('kocam beni dövüyor yardım edin şimdi'));
    const one = new Float64Array(1);
    const six = new Float64Array(6);
    for (const t of texts) {
      const skip: [number, number] | null = t.length > 20 ? [3, 12] : null;
      expect(urgencyLogit(t, skip)).toBe(modelLogits(URGENCY_MODEL, t, skip, one) ? one[0] : -Infinity);
      const shares = new Float64Array(6);
      const known = categoryShares(t, skip, shares);
      expect(known).toBe(modelLogits(CATEGORY_MODEL, t, skip, six));
      if (known) {
        const p = Array.from(six, (x) => 1 / (1 + Math.exp(-x)));
        const sum = p.reduce((a, b) => a + b, 0);
        expect(Array.from(shares)).toEqual(p.map((x) => x / sum));
      }
    }
  });

  it('says nothing on a line of a few words', () => {
    expect(modelCategory(triageInput('merhaba'))).toBeNull();
  });

  it('reads what the category rules read: the writer’s own impairment blanked, someone else’s kept', () => {
    const own = withoutOwnImpairment(fold('İşitme engelliyim, kiramı ödeyemiyorum'));
    expect(own).not.toContain('engell');
    expect(own.length).toBe('İşitme engelliyim, kiramı ödeyemiyorum'.length);
    expect(withoutOwnImpairment(fold('Kızım işitme engelli, cihazı bozuldu'))).toContain('isitme engelli');
  });

  it('lets a sure model outweigh one weak cue of the rules', () => {
    // Written for this test: the rules give the child's age 4 points (cocuk), the hearing aid 3 (engelli);
    // the model is sure it is a disability matter, as the labelling rules say of a disabled child's needs.
    const t = 'Kızım 9 yaşında, işitme cihazı takıyor. Cihazın pili bitti, yenisini almaya paramız yetmiyor. Belediye karşılar mı?';
    expect(parseMessage(t).category).toBe('engelli');
  });
});
