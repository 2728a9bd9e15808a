/** Place and school names of the fictional 青山县 (no real county is meant). */

/** The first townships, used in this order; larger counties make more from the syllables below. */
export const TOWNSHIPS: readonly string[] = [
  '城关镇', '青石镇', '柳河乡', '白沙镇', '龙潭镇', '石门乡', '桃源乡', '松林镇', '双河镇', '梅子乡',
  '大坪镇', '清泉乡',
];

const SYL1 = '青白黄红金银石松柏竹梅桃李杏柳杨枫桂兰荷云雾霞龙凤马牛羊花果茶岭峰泉溪河湾坪塘';
const SYL2 = '山水林园岗坡坝沟口川田湖洲城阳明安宁平丰和兴隆盛福寿康乐新华光';
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈';
const PLACE_SUFFIX = ['家湾', '家坪', '家河', '家岭', '家畈', '家冲', '家寨', '家沟', '家庄', '家垭'];

/** The i-th township name: the fixed list first, then syllable pairs with 镇/乡. */
export function townshipName(i: number): string {
  if (i < TOWNSHIPS.length) return TOWNSHIPS[i];
  const k = i - TOWNSHIPS.length;
  const a = SYL1[k % SYL1.length];
  const b = SYL2[Math.floor(k / SYL1.length) % SYL2.length];
  const round = Math.floor(k / (SYL1.length * SYL2.length));
  return `${a}${b}${round > 0 ? String(round + 1) : ''}${k % 3 === 2 ? '乡' : '镇'}`;
}

/** A village name such as 王家湾 for the j-th village school of a township. */
export function villageName(j: number): string {
  const s = SURNAMES[j % SURNAMES.length];
  const p = PLACE_SUFFIX[Math.floor(j / SURNAMES.length) % PLACE_SUFFIX.length];
  return `${s}${p}`;
}

/** Short form of a township for school names: 青石镇 → 青石. */
export function townStem(township: string): string {
  return township.replace(/[镇乡]$/, '');
}

export const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
