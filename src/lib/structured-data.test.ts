import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportJsonLd } from './structured-data.ts';

const speech = {
  title: '政府工作报告',
  region: ['湖南省', '株洲市', '荷塘区'],
  issuer: '株洲市荷塘区人民政府',
  date: new Date('2022-02-24'),
  dateBasis: 'printed' as const,
  source: '004_88621541501a8a2f.txt',
  description: '现在，我代表区人民政府，向大会报告政府工作。',
  kind: 'government-work-report' as const,
  occasion: '株洲市荷塘区第六届人民代表大会第二次会议',
  speaker: { name: '罗鹏程', role: '区人民政府区长' },
  written: false,
};

test('a speech is a Report by its speaker, with its printed date', () => {
  const data = reportJsonLd(speech, 'https://example.org/reports/x/');
  assert.equal(data['@type'], 'Report');
  assert.equal(data.datePublished, '2022-02-24');
  assert.deepEqual(data.author, [{ '@type': 'Person', name: '罗鹏程', jobTitle: '区人民政府区长' }]);
  assert.deepEqual(data.publisher, { '@type': 'GovernmentOrganization', name: '株洲市荷塘区人民政府' });
  assert.equal(data.name, '荷塘区2022年政府工作报告', 'named by whose report and which year');
  assert.equal(data.headline, '政府工作报告', 'the headline is the title as printed');
});

test('an inferred date is not given as the publication date', () => {
  const data = reportJsonLd({ ...speech, dateBasis: 'inferred' }, 'u');
  assert.equal(data.datePublished, undefined);
  assert.equal(data.temporalCoverage, '2022-02-24');
});
