// Interface strings of the upload form that it brings along (English, Simplified Chinese).
export const UPLOAD_STRINGS = {
  en: {
    'upload.formats': 'Accepted: {list} (at most {size} each).',
    'upload.badType': '“{name}” is not a format Lectern reads; choose one of {list}.',
    'upload.tooLarge': '“{name}” is larger than {size}, the most a file may be.',
    'upload.tooMany': 'At most {n} files at once.',
    'upload.needMeetup': 'Choose the meetup, or “New meetup…” to describe one.',
    'upload.uploaded': 'Uploaded:',
    'upload.searchable': 'Searchable now. Page images may take a little longer.',
    'status.needs-ocr': 'Needs OCR',
    'status.truncated': 'Truncated',
    'status.encrypted': 'Encrypted',
  },
  zh: {
    'upload.formats': '支持的格式：{list}（每个文件最大 {size}）。',
    'upload.badType': '“{name}”不是 Lectern 能读取的格式；请选择 {list} 之一。',
    'upload.tooLarge': '“{name}”超过了单个文件的上限 {size}。',
    'upload.tooMany': '一次最多 {n} 个文件。',
    'upload.needMeetup': '请选择聚会，或选择“新建聚会…”并填写信息。',
    'upload.uploaded': '已上传：',
    'upload.searchable': '现在可以搜索到了。页面图片可能还需要一点时间。',
    'status.needs-ocr': '需要 OCR',
    'status.truncated': '已截断',
    'status.encrypted': '已加密',
  },
};
