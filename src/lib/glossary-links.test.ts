import { test } from 'node:test';
import assert from 'node:assert/strict';
import { termLinks } from './glossary-links.ts';

const glossary = { report: 'r', entries: [{ number: 4, term: '三保', page: 'P4', definition: '是指保基本民生、保工资、保运转。' }] };

test('a term links to its entry on the glossary page, under the base the site is served from', () => {
  assert.equal(termLinks([glossary], '/')[0].href, `/glossary/#${encodeURIComponent('term-三保')}`);
  assert.equal(termLinks([glossary], '/sub/')[0].href, `/sub/glossary/#${encodeURIComponent('term-三保')}`);
});
