import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chineseNumber, extractFacts, findDate, findOccasion, findSpeaker, firstSentence, pathFacts } from './facts.ts';

test('dates in Arabic and Chinese numerals', () => {
  assert.equal(findDate('——2024年3月5日在第十四届全国人民代表大会第二次会议上'), '2024-03-05');
  assert.equal(findDate('（一九六四年十二月二十一日、二十二日）'), '1964-12-21');
  assert.equal(findDate('——二0一四年一月十五日在内蒙古自治区第十二届人民代表大会'), '2014-01-15');
  assert.equal(findDate('2011年内蒙古自治区政府工作报告'), undefined);
  assert.equal(chineseNumber('三十'), 30);
  assert.equal(chineseNumber('十'), 10);
});

test('the session and the speaker as printed', () => {
  assert.equal(findOccasion('——2024年1月23日在福建省第十四届人民代表大会第二次会议上'), '福建省第十四届人民代表大会第二次会议');
  assert.deepEqual(findSpeaker('国务院总理　李强'), { role: '国务院总理', name: '李强' });
  assert.deepEqual(findSpeaker('自治区主席巴特尔'), { role: '自治区主席', name: '巴特尔' });
  assert.deepEqual(findSpeaker('政府工作报告（2014年1月21日在吉林省第十二届人民代表大会第二次会议上 省长巴音朝鲁）'), { role: '省长', name: '巴音朝鲁' });
  assert.equal(findSpeaker('周恩来'), undefined);
  assert.equal(findSpeaker('现在，我代表省人民政府向大会报告工作，请予审议。'), undefined);
});

test('the first sentence, markup removed', () => {
  assert.equal(firstSentence('**现在**，我代表国务院报告工作。请予审议。'), '现在，我代表国务院报告工作。');
});

test('the file’s place in the corpus', () => {
  assert.deepEqual(pathFacts('corpus/政府工作报告-国务院/1964-part.md'), { region: ['国务院'], year: 1964, suffix: 'part', kind: 'government-work-report' });
  assert.deepEqual(pathFacts('corpus/政府工作报告-省自治区/陕西省/2020.md').region, ['陕西省']);
  // A city's folder: its province from the division codes; a province's folder holding a city's.
  assert.deepEqual(pathFacts('corpus/政府工作报告-主要城市/东莞市/2024.md').region, ['广东省', '东莞市']);
  assert.deepEqual(pathFacts('corpus/湖南省/株洲市/2024.md').region, ['湖南省', '株洲市']);
  assert.deepEqual(pathFacts('corpus/政府工作报告-主要城市/上海市/2024.md').region, ['上海市']);
  assert.deepEqual(pathFacts('notes.md'), { region: undefined, year: undefined, suffix: undefined, kind: undefined });
});

const lines = (text: string) => text.split('\n');

test('a district report: region and issuer from the session line, the province from the folder', () => {
  const { facts, problems } = extractFacts(
    lines('政府工作报告\n——2022年2月24日在株洲市荷塘区第六届人民代表大会第二次会议上\n\n区人民政府区长　罗鹏程\n\n各位代表：\n\n现在，我代表区人民政府，向大会报告政府工作。请予审议。'),
    undefined,
    'in/湖南省/2022.md',
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(facts.region, ['湖南省', '株洲市', '荷塘区']);
  assert.equal(facts.issuer, '株洲市荷塘区人民政府');
  assert.equal(facts.subtitleLine, 1);
  assert.deepEqual(facts.speaker, { role: '区人民政府区长', name: '罗鹏程' });
  assert.equal(facts.description, '现在，我代表区人民政府，向大会报告政府工作。');
});

test('a district report in no province\'s folder: the province is the one its city belongs to', () => {
  const { facts, problems } = extractFacts(lines('政府工作报告\n——2022年2月24日在株洲市荷塘区第六届人民代表大会\n第二次会议上\n\n各位代表：\n\n现在，我代表区人民政府，向大会报告政府工作。'), undefined, 'in/2022.md');
  assert.deepEqual(problems, []);
  assert.deepEqual(facts.region, ['湖南省', '株洲市', '荷塘区']);
  assert.equal(facts.occasion, '株洲市荷塘区第六届人民代表大会第二次会议');
});

test('the text and the folder disagreeing is a problem, not a guess', () => {
  const { problems } = extractFacts(lines('政府工作报告\n——2007年1月26日在四川省第十届人民代表大会第五次会议上\n\n各位代表：\n\n正文。'), undefined, 'c/湖南省/2006.md');
  assert.deepEqual(problems, ['date: the text says 2007-01-26, the file name says 2006', 'region: the session is in 四川省, the folder says 湖南省']);
});

test('a year-only report gets an inferred date with a note, and says so', () => {
  const { facts, notes } = extractFacts(lines('各位代表：\n\n现在，我代表自治区人民政府向大会报告工作。'), '2011年内蒙古自治区政府工作报告', 'c/内蒙古自治区/2011.md');
  assert.equal(facts.date, '2011-01-01');
  assert.equal(facts.dateBasis, 'inferred');
  assert.match(facts.dateNote!, /只写明年份/);
  assert.ok(notes.some((n) => n.startsWith('date:')));
  assert.equal(facts.kind, 'government-work-report');
});

test('budget and plan reports by their titles', () => {
  const kind = (title: string) => extractFacts(lines(`${title}\n\n各位代表：\n\n正文。`), undefined, 'c/湖南省/2020.md').facts.kind;
  assert.equal(kind('关于2019年预算执行情况与2020年预算草案的报告'), 'budget-report');
  assert.equal(kind('关于一九五八年度国民经济计划草案的报告'), 'annual-plan-report');
});
