import { undirectedUserContent } from './bidi';

const page = (body: string) => `<html><head><title>Zq x</title></head><body>${body}</body></html>`;

describe('undirectedUserContent (the guard of the bidi e2e test)', () => {
  it('accepts people’s words in an element of their own with dir, or in a <bdi>', () => {
    expect(
      undirectedUserContent(
        page(
          '<h1 dir="auto">Zq title</h1><h3 dir="auto"><a href="/x">Zq <mark>word</mark> title</a></h3>' +
            '<p>Proposé par <bdi>Zq org</bdi>.</p><input type="search" dir="auto" value="zq">' +
            '<select><option dir="auto">Zq org</option></select><input type="email" value="zq@x.org">',
        ),
        'zq',
      ),
    ).toEqual([]);
  });

  it('finds them without a direction, or sharing an element with interface text', () => {
    const found = undirectedUserContent(
      page(
        '<h1>Zq title</h1><p dir="auto">Proposé par Zq org</p><td>Zq <mark>x</mark></td>' +
          '<input name="q" value="Zq"><textarea>Zq</textarea><select><option>Zq</option></select>',
      ),
      'zq',
    );
    expect(found).toHaveLength(6);
    expect(found[0]).toContain('Zq title');
  });
});
