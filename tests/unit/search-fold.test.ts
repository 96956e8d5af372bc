import { describe, expect, it } from 'vitest';
import { escapeLucene, fold, luceneQuery, searchTerms } from '../../server/search/fold.ts';

describe('fold (data/search-folding.md)', () => {
  it('drops Latin accents and Turkish letters', () => {
    expect(fold('Erdoğan')).toBe('erdogan');
    expect(fold('Erdogan')).toBe(fold('Erdoğan'));
    expect(fold('Sönmez')).toBe('sonmez');
    expect(fold('sonmez')).toBe(fold('Tuba Nur Sönmez').split(' ')[2]);
    expect(fold('Jandarma Genel Komutanlığı')).toBe('jandarma genel komutanligi');
    expect(fold('İstanbul')).toBe('istanbul');
    expect(fold('Birleşik Arap Emirlikleri')).toBe('birlesik arap emirlikleri');
    expect(fold('Türkiye')).toBe('turkiye');
  });

  it('makes hamza and alef forms one letter', () => {
    expect(fold('أردوغان')).toBe('اردوغان');
    expect(fold('إيران')).toBe('ايران');
    expect(fold('آل')).toBe('ال');
    expect(fold('ٱلله')).toBe('الله');
    expect(fold('مؤتمر')).toBe('موتمر');
    expect(fold('الرئيس')).toBe('الرييس');
  });

  it('folds ta marbuta to ha and alef maqsura to ya', () => {
    expect(fold('دولة الكويت')).toBe('دوله الكويت');
    expect(fold('طوبى')).toBe('طوبي');
    expect(fold('السفيرة التركية')).toBe(fold('السفيره التركيه'));
  });

  it('removes tatweel and Arabic diacritics', () => {
    expect(fold('لـ القبس')).toBe('ل القبس');
    expect(fold('الكـــويت')).toBe('الكويت');
    expect(fold('الحلول الدفاعية المُتكاملة')).toBe('الحلول الدفاعيه المتكامله');
    expect(fold('تُسهم')).toBe('تسهم');
    expect(fold('مُقَدَّمَة')).toBe('مقدمه');
    expect(fold('هٰذا')).toBe('هذا');
  });

  it('matches the seed values quoted in data/search-folding.md', () => {
    const searchText = (names: string[]) => [...new Set(names.map(fold))].join(' | ');
    expect(searchText(['Tuba Nur Sönmez', 'طوبى نور سونمز', 'Tuba Nur Sönmez', 'Ambassador Sönmez', 'Sönmez', 'سونمز'])).toBe(
      'tuba nur sonmez | طوبي نور سونمز | ambassador sonmez | sonmez | سونمز',
    );
    expect(searchText(['Iran', 'إيران', 'İran', 'Islamic Republic of Iran', 'الإيراني'])).toBe('iran | ايران | islamic republic of iran | الايراني');
  });

  it('collapses white space and lower-cases', () => {
    expect(fold('  Kuwait \t National\nGuard ')).toBe('kuwait national guard');
  });
});

describe('search terms and the Lucene query', () => {
  it('splits on punctuation, de-duplicates and caps the number of words', () => {
    expect(searchTerms('Al-Sabah, al-sabah!')).toEqual(['al', 'sabah']);
    expect(searchTerms('***')).toEqual([]);
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(8);
  });

  it('escapes every Lucene operator', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^"i"~j*k?l:m\\n/o')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^\\"i\\"\\~j\\*k\\?l\\:m\\\\n\\/o',
    );
  });

  it('ORs exact, prefix and (from four letters) fuzzy terms', () => {
    expect(luceneQuery(['erdogan'])).toBe('(erdogan^4 OR erdogan*^2 OR erdogan~1)');
    expect(luceneQuery(['tb', 'nur'])).toBe('(tb^4 OR tb*^2) OR (nur^4 OR nur*^2)');
    expect(luceneQuery(searchTerms('سونمز'))).toBe('(سونمز^4 OR سونمز*^2 OR سونمز~1)');
  });

  it('keeps Lucene keywords harmless: folded words are lower-case, operators are upper-case', () => {
    expect(luceneQuery(searchTerms('NOT AND OR'))).toBe('(not^4 OR not*^2) OR (and^4 OR and*^2) OR (or^4 OR or*^2)');
  });
});
