import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationSource, formatCitation, localDay } from './citation.ts';
import type { ReportData } from '../content/schema.ts';

const hetang: ReportData = {
  kind: 'government-work-report',
  title: '政府工作报告',
  region: ['湖南省', '株洲市', '荷塘区'],
  issuer: '株洲市荷塘区人民政府',
  date: new Date('2022-02-24'),
  dateBasis: 'printed',
  source: 'a.txt',
  description: '现在，我代表区人民政府，向大会报告政府工作。',
  written: false,
};
const special: ReportData = {
  kind: 'press-special',
  title: '发愤图强　重振工业城市雄风',
  region: ['湖南省', '株洲市'],
  issuer: '株洲日报',
  date: new Date('2021-12-31'),
  dateBasis: 'printed',
  source: 'b.txt',
  description: '解读。',
  publication: { name: '株洲日报', page: 'B2', staff: [] },
  authors: [{ name: '邓伟勇', role: '记者' }],
};
const URL_ = 'https://example.org/reports/hetang-2022-work-report/#p-1a2b3c4d';

test('a government report: issuer, title [EB/OL], (date)[day cited], address, each closed by one full stop', () => {
  assert.equal(
    formatCitation(citationSource(hetang), '2026-11-24', URL_),
    `株洲市荷塘区人民政府. 政府工作报告[EB/OL]. (2022-02-24)[2026-11-24]. ${URL_}.`,
  );
});

test('no full stop is doubled: not after a title ending in 。, nor after a name ending in a point', () => {
  const citation = formatCitation(citationSource({ ...hetang, title: '科创高地再彰显。', issuer: 'Example Co.' }), '2026-11-24', URL_);
  assert.equal(citation, `Example Co. 科创高地再彰显[EB/OL]. (2022-02-24)[2026-11-24]. ${URL_}.`);
  assert.doesNotMatch(citation, /。\.|\.\.|。。/);
});

test('an inferred date stands in square brackets', () => {
  assert.equal(
    formatCitation(citationSource({ ...hetang, dateBasis: 'inferred' }), '2026-11-24', URL_),
    `株洲市荷塘区人民政府. 政府工作报告[EB/OL]. ([2022-02-24])[2026-11-24]. ${URL_}.`,
  );
});

test('a press special is a newspaper article: its authors, [N/OL], the newspaper (the issuer), date and page', () => {
  assert.equal(
    formatCitation(citationSource(special), '2026-11-24', URL_),
    `邓伟勇. 发愤图强　重振工业城市雄风[N/OL]. 株洲日报, 2021-12-31(B2)[2026-11-24]. ${URL_}.`,
  );
  const unsigned = { ...special, authors: [], dateBasis: 'inferred' as const, publication: { name: '株洲日报', staff: [] } };
  assert.equal(
    formatCitation(citationSource(unsigned), '2026-11-24', URL_),
    `株洲日报. 发愤图强　重振工业城市雄风[N/OL]. 株洲日报, [2021-12-31][2026-11-24]. ${URL_}.`,
    'without authors the issuing newspaper is the creator; without a page, no (版次)',
  );
});

test('more than three authors are cut to three and 等', () => {
  const names = ['甲', '乙', '丙', '丁'].map((name) => ({ name, role: '记者' }));
  assert.ok(formatCitation(citationSource({ ...special, authors: names }), '2026-11-24', URL_).startsWith('甲, 乙, 丙, 等. '));
});

test('the day cited is the reader’s calendar day', () => {
  assert.equal(localDay(new Date(2026, 10, 4, 23, 59)), '2026-11-04');
});
