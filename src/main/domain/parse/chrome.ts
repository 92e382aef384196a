// The chrome of a government portal around a report (domain spec, section 5): site header and
// navigation, breadcrumbs, info-line widgets, previous/next links, related-article lists, and the
// footers with 主办单位, 承办单位, 网站标识码, ICP/公安备案号 and copyright. None of it says whose
// report it is or when it was written; the page's info line (`来源：… 时间：…`, even with its
// 【字体】 widget) is kept.

/** A line of the site's frame, wherever it stands. */
const CHROME_LINE = [
  /(?:主办单位|承办单位|协办单位|主管单位|运维单位|维护单位|技术支持)\s*[:：]/,
  /网站标识码|ICP\s*备|公网安备|公安备案|公安机关备案|版权所有|copyright|©|\(c\)\s*\d{4}/i,
  /^(?:当前位置|您当前的位置|您的位置|您现在的位置|所在位置)\s*[:：]/,
  /^(?:网站)?首页\s*(?:[>›»＞|｜]|$)/,
  /^(?:上一篇|下一篇)\s*[:：]/,
  /^【\s*(?:打印本页|打印|关闭窗口|关闭|收藏|分享)/,
  /^今天是\s*[:：]?\s*\d{4}\s*年/,
  /^(?:网站地图|联系我们|隐私声明|无障碍|长者模式|English)(?:\s*[|｜]\s*\S+)*$/,
  /建议使用.{0,20}分辨率/,
];

/** A heading after which the page lists other articles: all that follows is the site's, not the report's. */
const RELATED_HEADING = /^(?:相关文章|相关阅读|相关链接|相关新闻|相关信息|相关文件|相关推荐|推荐阅读|热点推荐|相关稿件)\s*[:：]?$/;

/** The lines (spacing already folded) with the chrome blanked (indexes kept, so that line numbers still point into the document). */
export function withoutChrome(texts: string[]): string[] {
  const related = texts.findIndex((text) => RELATED_HEADING.test(text));
  return texts.map((text, i) => ((related >= 0 && i >= related) || CHROME_LINE.some((pattern) => pattern.test(text)) ? '' : text));
}
