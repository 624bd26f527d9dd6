import { describe, expect, it } from 'vitest';
import { searchGuides, squash } from '../../src/features/search/search-guides';

const guides = [
  { name: 'Facebook', aliases: ['fb'] },
  { name: 'Instagram', aliases: ['insta', 'ig'] },
  { name: 'Snapchat', aliases: ['snap'] },
  { name: 'Snapchat My AI', aliases: ['my ai'] },
  { name: 'Call of Duty', aliases: ['cod', 'warzone'] },
  { name: 'Disney+', aliases: ['disney plus'] },
];

const names = (query: string) => searchGuides(guides, query).map((g) => g.name);

describe('searchGuides', () => {
  it('finds guides by the start of their name', () => expect(names('insta')).toEqual(['Instagram']));
  it('finds guides by alias', () => expect(names('fb')).toEqual(['Facebook']));
  it('puts the exact app before apps that share its name', () => expect(names('snap')).toEqual(['Snapchat', 'Snapchat My AI']));
  it('matches a later word of the name', () => expect(names('duty')).toEqual(['Call of Duty']));
  it('ignores case, spaces and punctuation', () => {
    expect(names('CALL OF')).toEqual(['Call of Duty']);
    expect(names('disney plus')).toEqual(['Disney+']);
  });
  it('returns every guide for an empty query', () => expect(names('  ')).toHaveLength(guides.length));
  it('returns nothing when nothing matches', () => expect(names('zzz')).toEqual([]));
  it('squashes accents away', () => expect(squash('Pokémon GO!')).toBe('pokemongo'));
});
