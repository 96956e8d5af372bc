import { describe, expect, it } from 'vitest';
import { coverage, splitSentences } from '../../server/sources/sentences.ts';

const cut = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends Arabic sentences at the full stop, the Arabic question mark and exclamation marks', () => {
    expect(cut('وقعت الكويت وتركيا اتفاقية. هل ستوقع أخرى؟ نعم! وقال السفير')).toEqual([
      'وقعت الكويت وتركيا اتفاقية.',
      'هل ستوقع أخرى؟',
      'نعم!',
      'وقال السفير',
    ]);
  });

  it('keeps numbers, domains and abbreviations whole', () => {
    expect(cut('The contract was worth 2.5 billion dollars. See alqabas.com for more.')).toEqual([
      'The contract was worth 2.5 billion dollars.',
      'See alqabas.com for more.',
    ]);
    expect(cut('Mr. Erdogan met Dr. Smith and J. Doe in the U.S. in Jan. 2024. They signed.')).toEqual([
      'Mr. Erdogan met Dr. Smith and J. Doe in the U.S. in Jan. 2024.',
      'They signed.',
    ]);
    expect(cut('بلغت قيمة العقد 367.5 مليون دولار. وانتهى')).toEqual(['بلغت قيمة العقد 367.5 مليون دولار.', 'وانتهى']);
  });

  it('takes closing quotes and guillemets with the sentence, and a run of marks as one end', () => {
    expect(cut('قال: «نحن مستعدون.» ثم أضاف: “شكراً”. وختم..  ثم ماذا?! لا شيء')).toEqual([
      'قال: «نحن مستعدون.»',
      'ثم أضاف: “شكراً”.',
      'وختم..',
      'ثم ماذا?!',
      'لا شيء',
    ]);
  });

  it('ends a sentence at every line break and gives nothing for blank lines', () => {
    const text = 'سياسة\n\n\nعنوان بلا نقطة\r\n  \nفقرة أولى. فقرة ثانية\n';
    expect(cut(text)).toEqual(['سياسة', 'عنوان بلا نقطة', 'فقرة أولى.', 'فقرة ثانية']);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \t')).toEqual([]);
  });

  it('gives offsets into the text, trimmed of white space', () => {
    const text = '  One. Two  ';
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 6 },
      { start: 7, end: 10 },
    ]);
  });
});

describe('coverage', () => {
  it('marks the sentences a passage overlaps, and gives the share to three decimals', () => {
    const text = 'First. Second. Third.';
    const second = text.indexOf('Second');
    const r = coverage(text, [{ start: second, end: second + 3 }]);
    expect(r.sentences.map((s) => s.covered)).toEqual([false, true, false]);
    expect(r.coverage).toEqual({ sentences: 3, covered: 1, share: 0.333 });
    // A passage across a sentence end covers both sentences.
    expect(coverage(text, [{ start: 3, end: second + 1 }]).coverage.covered).toBe(2);
    expect(coverage('', []).coverage).toEqual({ sentences: 0, covered: 0, share: 0 });
  });
});
