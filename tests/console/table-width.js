'use strict';
// Column widths of non-ASCII text (CJK, emoji, combining marks, control
// characters) in console.table and in util.inspect's array grouping.
const util = require('util');

const chars = ['a', 'é', 'e\u0301', '中', '😀', '🚀', '🤖', '❤', '✅', '⭐', '☀', '👍🏽', '🇫🇷', 'ｱ', '가',
  '\u200b', '\u00ad', 'Ω', '→', '★', '⚡', '🎉', '🧪', '🫠', '∑', '═', '👨‍👩‍👧', '🏳️‍🌈', '©', '®', '™',
  '↔', '▶', '⌚', '⌛', '☕', '♿', '⚓', '🀄', '🃏', '🆎', '🈁', '🈚', '🉐', '🌍', '🐈', '👁', '🖥', '🗺',
  '🙂', '🛑', '🟠', '🤌', '🥲', '🦄', '🧿', '🩰', '🪄', '🫶', '\u0300x', 'x\u0300', '\u3000', '\uff01',
  '\ufe0f', 'ﾟ', '\u{20000}', '\t', '\x7f', '\x9b'];
console.table(chars.map((c) => ({ c, len: c.length })));
for (let i = 0; i < chars.length; i += 12) console.log(util.inspect(chars.slice(i, i + 12)));
console.log(util.inspect(['中文字符', '日本語', '한국어', 'abc', 'def', 'ghi', 'jkl', 'mno']));
console.log(util.inspect({ '中文': '中文'.repeat(20), key: 'value' }, { compact: true, breakLength: 40 }));
