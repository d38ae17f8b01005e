import { headingLabel } from '../numbering';
import type { Section } from '../types';

/** 六、下步工作要求 — standing text, in the words of the campaign's own meeting. */
export function requirementsSection(heading: string): Section {
  return {
    heading,
    blocks: [],
    subsections: [
      {
        heading: `${headingLabel(2, 1)}咬定目标抓攻坚`,
        blocks: [
          {
            type: 'p',
            text: '各专班要坚持年度目标不动摇、阶段性目标不放松，对照序时进度，一个一个指标抓攻坚，一个一个节点抓突破，确保实现全年目标。',
          },
        ],
      },
      {
        heading: `${headingLabel(2, 2)}聚焦弱项补短板`,
        blocks: [
          {
            type: 'p',
            text: '对本通报列出的弱项指标和进度滞后专班，牵头领导和牵头单位要逐项分析原因，明确措施、责任和时限，加大力度、迎头赶上，争取在年终考核中实现争先进位。',
          },
        ],
      },
      {
        heading: `${headingLabel(2, 3)}按时报送强闭环`,
        blocks: [
          {
            type: 'p',
            text: '各责任单位要在每月填报截止时间前报送数据，做到真实、准确、及时；逾期报送的单位要说明原因，形成定任务、定目标、定责任、定时间的闭环。',
          },
        ],
      },
    ],
  };
}
