// The search answer's notice codes as sentences (English, Simplified Chinese); {params} come from the answer.
// Codes without a sentence here show the server's own English message.
export const NOTICE_STRINGS = {
  en: {
    'notices.unclosed_quote': 'An unclosed quote was ignored.',
    'notices.parentheses': 'Parentheses are not supported and were ignored.',
    'notices.field_needs_value': '“{field}:” needs a value and was ignored.',
    'notices.too_many_terms': 'Only the first {max} terms were used.',
    'notices.not_a_year': '“year:{value}” is not a year or a range like 2019..2022 and was ignored.',
    'notices.respelled': 'No talk has the words as typed; showing results for “{query}”.',
    'notices.close_matches': 'No exact matches; showing close matches.',
    'search.inNotes': 'Notes:',
  },
  zh: {
    'notices.unclosed_quote': '未闭合的引号已被忽略。',
    'notices.parentheses': '不支持括号，已忽略。',
    'notices.field_needs_value': '“{field}:” 后面需要填写内容，已忽略。',
    'notices.too_many_terms': '只使用了前 {max} 个词。',
    'notices.not_a_year': '“year:{value}” 不是年份，也不是 2019..2022 这样的范围，已忽略。',
    'notices.respelled': '没有演讲包含所输入的词语；以下是“{query}”的结果。',
    'notices.close_matches': '没有完全匹配的结果；以下是相近的结果。',
    'search.inNotes': '备注：',
  },
};
