// Chinese messages of the OFD reader, apart from it so that naming them loads no ZIP or XML code.
export const OFD_MESSAGES = {
  corrupt: 'OFD 文件已损坏或无法解析',
  tooLarge: 'OFD 文件内容过大、压缩比异常或页面对象过多，已拒绝读取',
  scanned: '扫描件，无文字层：OFD 页面只有图像或图形，无法读取文字',
} as const;
