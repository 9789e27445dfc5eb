/** Messages of the load step, in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const loadMessages = defineMessages({
  'load.cannot-read': {
    en: 'cannot read the file ({cause}); check the path and its permissions',
    zh: '无法读取文件（{cause}）；请检查路径和权限',
  },
  'load.is-folder': {
    en: 'this is a folder, not a file; name a .yaml file or let yuan walk the folder',
    zh: '这是文件夹而不是文件；请指定 .yaml 文件，或让 yuan 遍历该文件夹',
  },
  'load.cannot-list': {
    en: 'cannot list this folder ({cause}), so the plans in it were not checked; check its permissions',
    zh: '无法列出此文件夹的内容（{cause}），其中的预案未被检查；请检查其权限',
  },
  'load.not-regular': {
    en: 'not a regular file (a pipe, a device or a socket); name a .yaml file',
    zh: '不是普通文件（管道、设备或套接字）；请指定 .yaml 文件',
  },
  'load.too-large': {
    en: 'the file has {size} bytes, over the limit of {max}; split the plan or raise the limit (maxFileSize in yuan.config.yaml)',
    zh: '文件有 {size} 字节，超过上限 {max}；请拆分预案，或在 yuan.config.yaml 中调高 maxFileSize',
  },
  'load.binary': {
    en: 'the file contains NUL bytes: it is binary, not YAML text',
    zh: '文件含有 NUL 字节：这是二进制文件，不是 YAML 文本',
  },
  'load.not-utf8': {
    en: 'the file is not valid UTF-8 here; save it as UTF-8',
    zh: '文件在此处不是有效的 UTF-8 编码；请以 UTF-8 保存',
  },
  'load.empty': {
    en: 'the file is empty; a plan starts with `yuan: 1` and `kind: plan`',
    zh: '文件为空；预案应以 `yuan: 1` 和 `kind: plan` 开头',
  },
  'load.multi-document': {
    en: 'a second YAML document starts here; put one plan or scenario in each file',
    zh: '此处开始了第二个 YAML 文档；每个文件只放一个预案或演练脚本',
  },
  'load.too-deep': {
    en: 'the document nests deeper than {max} levels; no plan needs that, so it is refused',
    zh: '文档嵌套超过 {max} 层；预案不需要这么深，因此拒绝读取',
  },
  'load.too-many-values': {
    en: 'the document holds more than {max} values (mapping entries and list items); no plan needs that many, so it is refused: split it into several plans',
    zh: '文档包含超过 {max} 个值（映射条目和列表项）；预案不需要这么多，因此拒绝读取：请拆分为多个预案',
  },
  'load.alias-limit': {
    en: 'YAML aliases would expand beyond the limit of {max} (an alias bomb?); write the values out instead of repeating aliases',
    zh: 'YAML 别名展开超过上限 {max}（别名炸弹？）；请直接写出值，不要重复使用别名',
  },
  'load.alias-cycle': {
    en: 'this alias names a node that contains it, so its value would never end; write the value out instead',
    zh: '此别名引用了包含它自身的节点，其值将无限展开；请直接写出值',
  },
  'load.duplicate-key': {
    en: 'the key {key} appears twice in this mapping; keep one and merge what the two said',
    zh: '键 {key} 在同一映射中出现了两次；请保留一个并合并两处内容',
  },
  'load.syntax': {
    en: 'YAML syntax error: {detail}',
    zh: 'YAML 语法错误：{detail}',
  },
});
