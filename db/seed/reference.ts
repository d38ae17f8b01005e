/**
 * Reference data of the Kecheng demo: regions (GB/T 2260 and statistical division codes),
 * townships/streets in their customary order, departments, and the leaders named by the source page.
 */

export const PREFECTURE = { code: '330800', name: '衢州市' };

/** The prefecture's six county-level divisions, by GB/T 2260 code, in official order. */
export const COUNTIES = [
  { code: '330802', name: '柯城区' },
  { code: '330803', name: '衢江区' },
  { code: '330822', name: '常山县' },
  { code: '330824', name: '开化县' },
  { code: '330825', name: '龙游县' },
  { code: '330881', name: '江山市' },
] as const;

export const HOME_COUNTY = '330802';

/** Kecheng's streets and towns/townships (statistical codes 330802xxx, 2023 edition), customary order. */
export const TOWNSHIPS = [
  { code: '005', name: '新新街道' },
  { code: '006', name: '府山街道' },
  { code: '007', name: '荷花街道' },
  { code: '008', name: '信安街道' },
  { code: '009', name: '白云街道' },
  { code: '010', name: '双港街道' },
  { code: '012', name: '衢化街道' },
  { code: '013', name: '花园街道' },
  { code: '100', name: '石梁镇' },
  { code: '101', name: '航埠镇' },
  { code: '205', name: '黄家乡' },
  { code: '209', name: '七里乡' },
  { code: '210', name: '九华乡' },
  { code: '211', name: '沟溪乡' },
  { code: '212', name: '华墅乡' },
  { code: '213', name: '姜家山乡' },
  { code: '214', name: '万田乡' },
  { code: '215', name: '石室乡' },
] as const;

/** Departments of the district (names in the usual 区… form). */
export const DEPARTMENTS = [
  '区委办',
  '区政府办',
  '区委组织部',
  '区委宣传部',
  '区委政法委',
  '区发改局',
  '区经信局',
  '区科技局',
  '区财政局',
  '区人力社保局',
  '区住建局',
  '区交通运输局',
  '区水利局',
  '区农业农村局',
  '区商务局',
  '区文广旅体局',
  '区卫健局',
  '区教育局',
  '区民政局',
  '区应急管理局',
  '区市场监管局',
  '区综合执法局',
  '区统计局',
  '区投资促进中心',
  '区大数据局',
  '区信访局',
  '自然资源和规划分局',
  '生态环境分局',
  '公安分局',
] as const;

/** Leaders named on the source page, with the titles it prints. */
export const NAMED_LEADERS = [
  { name: '朱素芳', title: '区委书记' },
  { name: '蒋国强', title: '区委副书记、区长' },
  { name: '王永明', title: '区委副书记、政法委书记' },
  { name: '徐登富', title: '区四套班子领导' },
  { name: '徐连土', title: '区四套班子领导' },
] as const;

/** Invented leaders (演示数据) who lead competitions and task forces. */
export const DEMO_LEADERS = [
  { name: '陈立群', title: '常务副区长' },
  { name: '刘建华', title: '副区长' },
  { name: '周晓峰', title: '副区长' },
  { name: '吴海燕', title: '副区长' },
  { name: '郑志远', title: '区委常委、组织部部长' },
  { name: '孙卫东', title: '区委常委、宣传部部长' },
  { name: '林慧敏', title: '副区长' },
  { name: '何俊杰', title: '区人大常委会副主任' },
  { name: '杨丽萍', title: '区政协副主席' },
  { name: '黄国栋', title: '副区长' },
  { name: '赵文斌', title: '区委常委、常务副区长' },
  { name: '许明亮', title: '区人大常委会副主任' },
] as const;
