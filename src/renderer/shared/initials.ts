/*
 * A staff member's initials for the sign-in buttons. Taken by grapheme cluster (Intl.Segmenter), never by UTF-16
 * unit: the first letter of "Ünal" typed with a combining mark is two code points, an emoji is two units, and
 * half of either is a broken character. Words that start with a letter are preferred, so "Ben 🙂 Ünal" is "BÜ".
 */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const firstGrapheme = (word: string): string =>
  graphemes.segment(word)[Symbol.iterator]().next().value?.segment ?? '';

export function initials(name: string): string {
  const words = name.split(/\s+/u).filter(Boolean);
  const lettered = words.filter((w) => /^\p{L}/u.test(w));
  return (lettered.length > 0 ? lettered : words)
    .slice(0, 2)
    .map((word) => firstGrapheme(word).toLocaleUpperCase())
    .join('');
}
